# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ‏✅ أصبحت الآن <b>منسّقًا</b> في Qorgau.
   *[lawyer] ‏✅ أصبحت الآن <b>محاميًا مناوبًا</b> في Qorgau.
}

    أرسل /duty لبدء المناوبة: بعدها ستصل القضايا الجديدة إلى هنا. الأمر /profile يحدّد لغاتك ومناطقك ومواضيعك؛ والأمر /help يعرض ما يمكنك فعله.
invite-invalid = ‏⛔ رابط الدعوة هذا غير صالح: استُخدم من قبل أو انتهت مدته. يُرجى طلب رابط جديد من المنسّق.
duty-on = ‏🟢 أنت الآن <b>في المناوبة</b>. القضايا الجديدة التي تناسب ملفك الشخصي ستصل إلى هنا. أرسل /duty مرة أخرى لإنهاء المناوبة.
duty-off = ‏⚪️ أنت <b>خارج المناوبة</b>. لن تصلك قضايا جديدة.
duty-state-on = ‏🟢 في المناوبة
duty-state-off = ‏⚪️ خارج المناوبة

card-new =
    ‏🆕 <b>القضية { $ref }</b> · { $priority }
    الموضوع: { $topic }
    عاجل: { $urgency }
    المنطقة: { $region }
    اللغة: { $language }
    الانتظار: { $age }
card-reminder =
    ‏⏰ <b>ما زالت تنتظر: القضية { $ref }</b> · { $priority }
    الموضوع: { $topic }
    عاجل: { $urgency }
    المنطقة: { $region }
    اللغة: { $language }
    الانتظار: { $age }
card-escalated =
    ‏⚠️ <b>تصعيد: القضية { $ref }</b> · { $priority } لم يتولَّها أحد بعد مرور { $age }.
    الموضوع: { $topic } · المنطقة: { $region } · اللغة: { $language }
card-claimed = ‏✅ <b>القضية { $ref }</b> تولّاها: { $lawyer }.
card-claimed-you = ‏✅ <b>القضية { $ref }</b>: أنت تولّيت هذه القضية.
lawyer-anonymous = محامٍ
lawyer-signature = المحامي
btn-claim = ‏🙋 استلام
btn-open-case = ‏📂 فتح القضية
claim-won = تولّيت القضية { $ref }.
claim-lost = محامٍ آخر تولّى هذه القضية بالفعل.
claim-won-open-chat = تولّيت القضية { $ref }، لكنني لا أستطيع مراسلتك في محادثة خاصة بعد. افتح محادثة معي، واضغط «Start»، ثم أرسل /case لترى القضية.

case-header =
    ‏📂 <b>القضية { $ref }</b> · { $priority }
    الموضوع: { $topic }
    عاجل: { $urgency }
    المنطقة: { $region }
    الجنسية: { $citizenship }
    اللغة: { $language }
    تنتظر منذ: { $age }
case-phone = ‏📞 الهاتف (شاركه العميل): { $phone }
case-from-client = العميل
case-from-lawyer = المحامي
case-note = ‏🔒 ملاحظة
case-attachment = ‏[{ $kind }]
case-file-caption = ‏📎 القضية { $ref }: مرفق من العميل
btn-case-write = ‏✍️ الكتابة إلى العميل
btn-case-note = ‏📝 ملاحظة داخلية
btn-case-canned = ‏💬 ردود جاهزة
btn-case-transfer = ‏🔁 تحويل
btn-case-release = ‏↩️ إعادة إلى قائمة الانتظار
btn-case-close = ‏✅ إغلاق
case-writing-to = ‏✍️ كل ما تكتبه الآن يذهب إلى عميل القضية { $ref }.
case-note-prompt = ‏📝 اكتب الملاحظة للقضية <b>{ $ref }</b>. لن يراها العميل أبدًا.
case-note-saved = ‏🔒 حُفظت الملاحظة. العميل لا يراها.
case-canned-pick = ‏💬 ردود جاهزة بلغة { $language } للقضية <b>{ $ref }</b>: اضغط على أحدها لإرساله.
case-transfer-pick = ‏🔁 تحويل القضية <b>{ $ref }</b> إلى:
case-transfer-nobody = لا يوجد محامٍ آخر يمكن التحويل إليه.
case-transferred = ‏🔁 حُوّلت القضية <b>{ $ref }</b>.
case-transferred-to-you = ‏🔁 حُوّلت إليك القضية <b>{ $ref }</b>. أرسل /case لتراها.
case-taken-away = ‏ℹ️ نقل المنسّق القضية <b>{ $ref }</b> إلى محامٍ آخر.
case-released = ‏↩️ عادت القضية <b>{ $ref }</b> إلى قائمة الانتظار.
case-close-confirm = إغلاق القضية <b>{ $ref }</b>: ما النتيجة؟ سيُبلَّغ العميل.
case-closed = ‏✅ أُغلقت القضية <b>{ $ref }</b>: { $outcome }.
case-withdrawn = ‏ℹ️ سحب العميل القضية <b>{ $ref }</b>. القضية مغلقة.
case-client-added = ‏ℹ️ أضاف العميل معلومات إلى القضية <b>{ $ref }</b>. أرسل /case لتراها.
outcome-advice = قُدّمت استشارة
outcome-representation = قُبل التمثيل القانوني
outcome-no_response = لا رد من العميل
outcome-duplicate = مكرّرة
lawyer-no-active-case = ليست لديك قضية نشطة. اضغط <b>استلام</b> على بطاقة قضية، أو /queue لترى القضايا المنتظرة، أو <b>الكتابة إلى العميل</b> تحت إحدى قضاياك.
case-erased-by-client = ‏ℹ️ حذف عميل القضية <b>{ $ref }</b> بياناته. القضية مغلقة.

queue-title = ‏📋 <b>القضايا المنتظرة</b>: { $count }. اضغط على إحداها لفتحها.
queue-empty = ‏📋 لا توجد قضايا تطابق عوامل التصفية هذه.
queue-any = الكل
queue-pick = اختر:
queue-filter-priority = الأولوية
queue-filter-lang = اللغة
queue-filter-region = المنطقة
queue-filter-topic = الموضوع

profile-show =
    ‏👤 <b>ملفك الشخصي</b>
    الاسم الذي يراه العملاء: { $name }
    اللغات: { $languages }
    المناطق: { $regions }
    المواضيع: { $topics }
    الحالة: { $duty }

    تصلك القضايا الجديدة فقط إذا طابقت هذه الإعدادات (الفارغ يعني: أي شيء).
btn-profile-name = ‏✏️ الاسم الذي يراه العملاء
btn-profile-languages = ‏🗣 اللغات
btn-profile-regions = ‏📍 المناطق
btn-profile-topics = ‏📚 المواضيع
btn-done = ‏✅ تم
profile-name-prompt = اكتب الاسم الأول الذي يجب أن يراه العملاء (أو «-» ليظهر اسمك «المحامي»).
profile-choose = اختر { $what } (اضغط مرة أخرى للإزالة):

# a case in the lawyers' queue, on its button: short
queue-status-new = بانتظار
queue-status-claimed = مأخوذة

# a card of a case that was closed (not an error)
card-closed = ‏✅ <b>القضية { $ref }</b> أُغلقت.

# a ready answer is shown before it is sent
case-canned-preview = ‏👀 هذا ما سيصل إلى صاحب القضية <b>{ $ref }</b>:
btn-canned-send = ‏📤 أرسل إلى صاحب القضية
