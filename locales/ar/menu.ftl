# translation: draft (no native review yet)
topic-pick = اختر مقالة:
topic-empty = لا توجد مقالات في هذا الموضوع بعد. يمكنك أن تسأل محاميًا.
kb-legal-basis = الأساس القانوني
kb-reviewed = راجعها محامونا: { $date }
kb-disclaimer = هذه معلومات عامة، وليست استشارة قانونية لقضيتك. للحصول على استشارة، اسأل محاميًا.
btn-ask-lawyer = ‏👩‍⚖️ اسأل محاميًا
btn-ask-lawyer-about = ‏👩‍⚖️ اسأل محاميًا عن هذا
btn-helpful-yes = ‏👍 مفيد
btn-helpful-no = ‏👎 غير مفيد
vote-thanks = شكرًا لك! يسعدنا أن هذا ساعدك.
vote-thanks-down = شكرًا لك. سنحاول تحسين هذه المقالة. إذا كنت تحتاج مساعدة الآن، اسأل محاميًا.
search-found = ‏🔎 قد يجيب هذا عن سؤالك:
search-nothing = ‏🤔 لم أجد في مقالاتنا جوابًا واضحًا عن هذا. يمكن لمحامٍ مناوب أن يساعدك: اضغط <b>اسأل محاميًا</b>. وقد سجّلنا سؤالك أيضًا كي يكتب محرّرونا عنه.
search-maybe = ربما يفيدك أحد هذه:
reload-done = ‏✅ أُعيد تحميل قاعدة المعرفة: عدد المقالات { $articles }. مراجعات متأخرة: { $overdue }.
reload-failed = ‏❌ لم يُعَد تحميل قاعدة المعرفة: { $errors ->
    [zero] { $errors } خطأ
    [one] خطأ واحد
    [two] خطآن
    [few] { $errors } أخطاء
    [many] { $errors } خطأً
   *[other] { $errors } خطأ
}. يستمر البوت في العمل بالنسخة السابقة.
