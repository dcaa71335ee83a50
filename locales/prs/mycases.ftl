# translation: draft (no native review yet)
mycases-title = ‏📂 <b>دوسیه‌های شما</b>
mycases-none = شما هنوز هیچ دوسیه‌ای ندارید. برای پرسیدن از وکیل، /menu را باز کنید و «از وکیل بپرسید» را بزنید.
mycases-item = ‏{ $ref } · { $status } · { $topic }
mycases-case =
    ‏📂 <b>دوسیهٔ { $ref }</b>
    وضعیت: { $status }
    تاریخ باز شدن: { $date }
status-new = در انتظار وکیل
status-claimed = یک وکیل روی آن کار می‌کند
status-closed = بسته شده
btn-add-info = ‏✍️ اضافه کردن معلومات
btn-withdraw = ‏🗑 پس گرفتن درخواست
btn-withdraw-yes = ‏🗑 بلی، پس می‌گیرم
mycases-withdraw-confirm = دوسیهٔ <b>{ $ref }</b> را پس می‌گیرید؟ به وکیل خبر داده می‌شود و دوسیه بسته می‌شود.
mycases-withdrawn = دوسیهٔ <b>{ $ref }</b> پس گرفته شد. اگر دوباره کمک لازم داشتید، /menu را بفرستید.
mycases-writing = ‏✍️ حالا بنویسید: پیام‌های شما به دوسیهٔ <b>{ $ref }</b> می‌رود.
mycases-left = شما از چت با وکیل بیرون شدید. دوسیهٔ شما باز می‌ماند؛ با /mycases دوباره برمی‌گردید.
btn-leave-case = ‏🚪 بیرون شدن از چت با وکیل
btn-my-cases = ‏📂 دوسیه‌های من
btn-solved-yes = ‏👍 بلی، حل شد
btn-solved-no = ‏👎 حل نشد
rating-ask = به کمکی که گرفتید چه نمره می‌دهید؟ (1 = بد، 5 = عالی)
rating-thanks = تشکر! جواب شما به ما کمک می‌کند کار خود را بهتر کنیم.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = ‏🔁 باز کردن دوبارهٔ درخواست
btn-ask-again = ‏❓ دوباره از وکیل بپرسید
mycases-reopened = ‏🔁 درخواست { $ref } دوباره باز شد. یک وکیل نوبتی آن را می‌گیرد؛ هر چیز تازه را همین‌جا بنویسید.
