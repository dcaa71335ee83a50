# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ‏✅ شما حالا در Qorgau <b>هماهنگ‌کننده</b> هستید.
   *[lawyer] ‏✅ شما حالا در Qorgau <b>وکیل نوبتی</b> هستید.
}

    برای شروع نوبت /duty را بفرستید: بعد از آن دوسیه‌های نو اینجا می‌آیند. با /profile زبان‌ها، ولایت‌ها و موضوع‌های خود را تعیین کنید؛ /help نشان می‌دهد که چه کارهایی کرده می‌توانید.
invite-invalid = ‏⛔ این لینک دعوت معتبر نیست: یا قبلاً استفاده شده یا تاریخ آن گذشته است. لطفاً از هماهنگ‌کننده یک لینک نو بخواهید.
duty-on = ‏🟢 شما <b>در نوبت</b> هستید. دوسیه‌های نو که با پروفایل شما مطابقت دارند اینجا می‌آیند. برای ختم نوبت دوباره /duty را بفرستید.
duty-off = ‏⚪️ شما <b>در نوبت نیستید</b>. دوسیه‌های نو به شما نمی‌آیند.
duty-state-on = ‏🟢 در نوبت
duty-state-off = ‏⚪️ خارج از نوبت

card-new =
    ‏🆕 <b>دوسیهٔ { $ref }</b> · { $priority }
    موضوع: { $topic }
    عاجل: { $urgency }
    ولایت: { $region }
    زبان: { $language }
    در انتظار: { $age }
card-reminder =
    ‏⏰ <b>هنوز در انتظار: دوسیهٔ { $ref }</b> · { $priority }
    موضوع: { $topic }
    عاجل: { $urgency }
    ولایت: { $region }
    زبان: { $language }
    در انتظار: { $age }
card-escalated =
    ‏⚠️ <b>هشدار: دوسیهٔ { $ref }</b> · { $priority } بعد از { $age } هنوز گرفته نشده است.
    موضوع: { $topic } · ولایت: { $region } · زبان: { $language }
card-claimed = ‏✅ <b>دوسیهٔ { $ref }</b> را { $lawyer } گرفت.
card-claimed-you = ‏✅ <b>دوسیهٔ { $ref }</b>: شما این دوسیه را گرفتید.
lawyer-anonymous = یک وکیل
lawyer-signature = وکیل
btn-claim = ‏🙋 گرفتن
btn-open-case = ‏📂 باز کردن دوسیه
claim-won = شما دوسیهٔ { $ref } را گرفتید.
claim-lost = وکیل دیگری این دوسیه را قبلاً گرفته است.
claim-won-open-chat = شما دوسیهٔ { $ref } را گرفتید، اما من هنوز نمی‌توانم به شما پیام خصوصی بفرستم. یک چت با من باز کنید، Start را بزنید، بعد /case را بفرستید تا دوسیه را ببینید.

case-header =
    ‏📂 <b>دوسیهٔ { $ref }</b> · { $priority }
    موضوع: { $topic }
    عاجل: { $urgency }
    ولایت: { $region }
    تابعیت: { $citizenship }
    زبان: { $language }
    در انتظار از: { $age }
case-phone = ‏📞 تیلفون (مراجع داده است): { $phone }
case-from-client = مراجع
case-from-lawyer = وکیل
case-note = ‏🔒 یادداشت
case-attachment = ‏[{ $kind }]
case-file-caption = ‏📎 دوسیهٔ { $ref }: ضمیمه از طرف مراجع
btn-case-write = ‏✍️ نوشتن به مراجع
btn-case-note = ‏📝 یادداشت داخلی
btn-case-canned = ‏💬 جواب‌های آماده
btn-case-transfer = ‏🔁 انتقال
btn-case-release = ‏↩️ برگرداندن به صف
btn-case-close = ‏✅ بستن
case-writing-to = ‏✍️ هر چیزی که حالا بنویسید به مراجع دوسیهٔ { $ref } می‌رسد.
case-note-prompt = ‏📝 یادداشت دوسیهٔ <b>{ $ref }</b> را بنویسید. مراجع هیچ وقت آن را نمی‌بیند.
case-note-saved = ‏🔒 یادداشت ثبت شد. مراجع آن را نمی‌بیند.
case-canned-pick = ‏💬 جواب‌های آماده به زبان { $language } برای دوسیهٔ <b>{ $ref }</b>: یکی را بزنید تا فرستاده شود.
case-transfer-pick = ‏🔁 انتقال دوسیهٔ <b>{ $ref }</b> به:
case-transfer-nobody = وکیل دیگری برای انتقال وجود ندارد.
case-transferred = ‏🔁 دوسیهٔ <b>{ $ref }</b> انتقال داده شد.
case-transferred-to-you = ‏🔁 دوسیهٔ <b>{ $ref }</b> به شما انتقال داده شد. برای دیدن آن /case را بفرستید.
case-taken-away = ‏ℹ️ هماهنگ‌کننده دوسیهٔ <b>{ $ref }</b> را به وکیل دیگری داد.
case-released = ‏↩️ دوسیهٔ <b>{ $ref }</b> دوباره در صف است.
case-close-confirm = بستن دوسیهٔ <b>{ $ref }</b>: نتیجه چه بود؟ به مراجع خبر داده می‌شود.
case-closed = ‏✅ دوسیهٔ <b>{ $ref }</b> بسته شد: { $outcome }.
case-withdrawn = ‏ℹ️ مراجع دوسیهٔ <b>{ $ref }</b> را پس گرفت. دوسیه بسته شد.
case-client-added = ‏ℹ️ مراجع به دوسیهٔ <b>{ $ref }</b> معلومات اضافه کرد. برای دیدن آن /case را بفرستید.
outcome-advice = مشوره داده شد
outcome-representation = وکالت قبول شد
outcome-no_response = مراجع جواب نداد
outcome-duplicate = تکراری
lawyer-no-active-case = شما دوسیهٔ فعال ندارید. روی کارت یک دوسیه <b>گرفتن</b> را بزنید، با /queue دوسیه‌های در انتظار را ببینید، یا زیر یکی از دوسیه‌های خود <b>نوشتن به مراجع</b> را بزنید.
case-erased-by-client = ‏ℹ️ مراجع دوسیهٔ <b>{ $ref }</b> معلومات خود را پاک کرد. دوسیه بسته شد.

queue-title = ‏📋 <b>دوسیه‌های در انتظار</b>: { $count }. برای باز کردن، یکی را بزنید.
queue-empty = ‏📋 هیچ دوسیه‌ای با این فیلترها مطابقت ندارد.
queue-any = هر کدام
queue-pick = انتخاب کنید:
queue-filter-priority = اولویت
queue-filter-lang = زبان
queue-filter-region = ولایت
queue-filter-topic = موضوع

profile-show =
    ‏👤 <b>پروفایل شما</b>
    نامی که مراجعان می‌بینند: { $name }
    زبان‌ها: { $languages }
    ولایت‌ها: { $regions }
    موضوع‌ها: { $topics }
    وضعیت: { $duty }

    دوسیه‌های نو تنها وقتی به شما می‌آیند که با این‌ها مطابقت داشته باشند (خالی یعنی هر کدام).
btn-profile-name = ‏✏️ نامی که مراجعان می‌بینند
btn-profile-languages = ‏🗣 زبان‌ها
btn-profile-regions = ‏📍 ولایت‌ها
btn-profile-topics = ‏📚 موضوع‌ها
btn-done = ‏✅ تمام
profile-name-prompt = نام کوچکی را بنویسید که مراجعان ببینند (یا «-» تا به نام «وکیل» نشان داده شوید).
profile-choose = ‏{ $what } را انتخاب کنید (برای حذف، دوباره بزنید):

# a case in the lawyers' queue, on its button: short
queue-status-new = در انتظار
queue-status-claimed = گرفته شد

# a card of a case that was closed (not an error)
card-closed = ‏✅ <b>دوسیهٔ { $ref }</b> بسته شد.

# a ready answer is shown before it is sent
case-canned-preview = ‏👀 مراجع دوسیهٔ <b>{ $ref }</b> این را دریافت می‌کند:
btn-canned-send = ‏📤 فرستادن به مراجع
