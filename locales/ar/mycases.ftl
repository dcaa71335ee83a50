# translation: draft (no native review yet)
mycases-title = ‏📂 <b>قضاياك</b>
mycases-none = ليست لديك قضايا بعد. لتسأل محاميًا، افتح /menu واضغط «اسأل محاميًا».
mycases-item = ‏{ $ref } · { $status } · { $topic }
mycases-case =
    ‏📂 <b>القضية { $ref }</b>
    الحالة: { $status }
    تاريخ الفتح: { $date }
status-new = بانتظار محامٍ
status-claimed = محامٍ يعمل عليها
status-closed = مغلقة
btn-add-info = ‏✍️ إضافة معلومات
btn-withdraw = ‏🗑 سحب الطلب
btn-withdraw-yes = ‏🗑 نعم، اسحب الطلب
mycases-withdraw-confirm = هل تريد سحب القضية <b>{ $ref }</b>؟ سيُبلَّغ المحامي وتُغلق القضية.
mycases-withdrawn = سُحبت القضية <b>{ $ref }</b>. إذا احتجت المساعدة مرة أخرى، أرسل /menu.
mycases-writing = ‏✍️ اكتب الآن: رسائلك تُضاف إلى القضية <b>{ $ref }</b>.
mycases-left = خرجت من المحادثة مع المحامي. قضيتك تبقى مفتوحة؛ الأمر /mycases يعيدك إليها.
btn-leave-case = ‏🚪 الخروج من المحادثة مع المحامي
btn-my-cases = ‏📂 قضاياي
btn-solved-yes = ‏👍 نعم، حُلّت
btn-solved-no = ‏👎 لم تُحلّ
rating-ask = كيف تقيّم المساعدة التي حصلت عليها؟ (1 = سيئة، 5 = ممتازة)
rating-thanks = شكرًا لك! إجابتك تساعدنا على التحسّن.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = ‏🔁 إعادة فتح الطلب
btn-ask-again = ‏❓ اسأل محاميًا مرة أخرى
mycases-reopened = ‏🔁 أُعيد فتح الطلب { $ref }. سيتولاه محامٍ مناوب؛ اكتب هنا ما استجدّ.
