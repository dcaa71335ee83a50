# translation: draft, needs native review
# مدیریت: اعلان‌ها، مسدودسازی، افراد، فهرست فرمان‌ها

cmd-duty = ‏شروع یا ختم نوبت‌داری
cmd-case = ‏قضیهٔ فعال شما
cmd-queue = ‏قضایای در نوبت
cmd-profile = ‏زبان‌ها، ولایات و موضوعات شما
cmd-staff = ‏کارمندان و قضایای شان
cmd-block = ‏مسدود کردن مراجع قضیه: /block Q-XXXX
cmd-unblock = ‏رفع مسدودیت: /unblock Q-XXXX
cmd-audit = ‏دفتر قضیه: /audit Q-XXXX
cmd-stats = ‏آمار
cmd-announce = ‏فرستادن اعلان
cmd-invite = ‏دعوت: /invite lawyer|coordinator
cmd-export = ‏صدور بی‌نام (CSV)
cmd-reload = ‏بارگذاری دوبارهٔ پایگاه دانش

help-coordinator =
    ‏🧭 <b>برای هماهنگ‌کنندگان</b>
    ‏/staff — کارمندان، نوبت‌داری، زبان‌ها و قضایای باز
    ‏/block Q-XXXX، /unblock Q-XXXX — مسدود یا رفع مسدودیت مراجع قضیه (دکمه‌ای زیر قضیه هم هست)
    ‏/audit Q-XXXX — چه کسی در قضیه چه کرد
    ‏/invite lawyer — لینک دعوت یک‌باره برای وکیل جدید
    ‏/stats — ارقام خدمات (مدیران و هماهنگ‌کنندگان)؛ /stats 2026-11-01 — از همان روز
help-admin =
    ‏🛠 <b>برای مدیران</b>
    ‏/announce — نوشتن اعلان، انتخاب گیرندگان، فرستادن
    ‏/invite lawyer، /invite coordinator — لینک‌های دعوت
    ‏/staff — همچنان تغییر نقش‌ها و برکناری وکلا
    ‏/reload — بارگذاری دوبارهٔ پایگاه دانش
    ‏هر چیزی که بیرون از یک قضیه بنویسید، در مقاله‌ها جستجو می‌شود.
    ‏/export — فایل CSV بی‌نام همه قضایا (مدیران)
fallback-unknown-command = ‏🤔 من این فرمان را نمی‌شناسم.

flood-slow-down = ‏✋ شما پیام‌ها را بسیار تند می‌فرستید، بنابراین بخشی از آن‌ها را رد کردم. لطفاً کمی صبر کنید و آنچه مهم است را دوباره بفرستید.

btn-case-block = ‏🚫 مسدود / رفع مسدودیت مراجع
btn-case-audit = ‏📜 دفتر قضیه
block-usage = ‏شمارهٔ قضیه را بنویسید: /block Q-XXXX یا /unblock Q-XXXX
block-done = ‏🚫 مراجع قضیهٔ { $ref } مسدود شد: پیام‌هایش دیگر به وکلا نمی‌رسد.
block-undone = ‏✅ مسدودیت مراجع قضیهٔ { $ref } برداشته شد.
block-notice = ‏⛔ پیام‌های شما دیگر به وکلا فرستاده نمی‌شوند. هنوز هم می‌توانید دربارهٔ حقوق خود اینجا بخوانید.

staff-role-lawyer = ‏وکیل
staff-role-coordinator = ‏هماهنگ‌کننده
staff-role-admin = ‏مدیر
staff-role-client = ‏مراجع
staff-invite-usage = ‏چه کسی را دعوت کنیم؟ /invite lawyer یا /invite coordinator
staff-invite-link =
    ‏🔗 دعوت برای { $role } (یک‌باره، { $hours } ساعت اعتبار):
    ‏{ $link }
    ‏آن را فقط به همان شخص بفرستید: هر کس اول باز کند، می‌پیوندد.
staff-title = ‏👥 <b>کارمندان</b> ({ $n })
staff-member = ‏{ $duty } { $name } — { $role } · { $languages } · قضایای باز: { $cases }
staff-member-full =
    ‏{ $duty } <b>{ $name }</b>
    ‏نقش: { $role }
    ‏نوبت‌داری: { $state }
    ‏زبان‌ها: { $languages }
    ‏قضایای باز: { $cases }
staff-any-language = ‏هر زبان
staff-on-duty = ‏در نوبت‌داری
staff-off-duty = ‏خارج از نوبت‌داری
staff-btn-make-coordinator = ‏⬆️ هماهنگ‌کننده شود
staff-btn-make-lawyer = ‏⬇️ وکیل شود
staff-btn-remove = ‏❌ برکناری از کارمندان
staff-btn-remove-yes = ‏❌ بلی، برکنار شود
staff-remove-confirm = ‏{ $name } از کارمندان برکنار شود؟ قضایای باز ({ $cases }) به نوبت برمی‌گردند.
staff-removed = ‏{ $name } دیگر کارمند نیست. قضایای برگشته به نوبت: { $refs }
staff-removed-coordinators = ‏👥 { $name } از کارمندان برکنار شد. قضایایش به نوبت برگشتند: { $refs }
staff-removed-you = ‏شما دیگر عضو تیم Qorgau نیستید. از کار شما سپاس‌گزاریم.
staff-role-changed-you = ‏نقش شما در Qorgau اکنون: { $role }. برای دیدن کارهایی که می‌توانید، /help بفرستید.
staff-audit-usage = ‏شمارهٔ قضیه را بنویسید: /audit Q-XXXX
staff-audit-title = ‏📜 <b>دفتر قضیهٔ { $ref }</b>
staff-audit-empty = ‏هنوز چیزی ثبت نشده است.

announce-start = ‏📣 <b>اعلان جدید</b>
    ‏متن خود را بنویسید (برای هر زبان یک بار) یا مقاله‌ای از پایگاه دانش بفرستید.
announce-btn-write = ‏✍️ نوشتن متن
announce-btn-article = ‏📄 انتخاب مقاله
announce-btn-add-language = ‏➕ متن به یک زبان
announce-btn-language = ‏🌐 زبان
announce-btn-region = ‏📍 ولایت
announce-btn-open = ‏📂 فقط دارندگان قضیهٔ باز: روشن/خاموش
announce-btn-send = ‏✅ فرستادن…
announce-btn-confirm = ‏✅ بلی، به { $count } نفر بفرست
announce-pick-language = ‏متن به کدام زبان خواهد بود؟
announce-write-prompt = ‏متن را به این زبان بفرستید: { $language } (قالب‌بندی حفظ می‌شود).
announce-text-only = ‏لطفاً اعلان را به شکل متن بفرستید.
announce-too-long = ‏متن بسیار طولانی است: حداکثر { $limit } حرف.
announce-pick-article = ‏کدام مقاله؟
announce-pick-audience = ‏به چه کسانی فرستاده شود؟
announce-everyone = ‏همه
announce-everywhere = ‏همه جا
announce-open-yes = ‏فقط کسانی که قضیهٔ باز دارند
announce-open-no = ‏با قضیه و بی قضیه
announce-empty = ‏(هنوز متنی نیست)
announce-draft =
    ‏<b>پیش‌نمایش</b> (خوانندهٔ زبان شما چنین می‌بیند):

    ‏{ $preview }

    ‏———
    ‏متن‌ها نوشته شده به: { $languages }
    ‏کسانی که به زبان خود متن ندارند، متن زبان پیش‌فرض را می‌گیرند.
    ‏گیرندگان: { $language } · { $region } · { $open }
    ‏گیرندگان اکنون: <b>{ $count }</b>
announce-confirm = ‏این اعلان به { $count } نفر فرستاده شود؟ زیر آن دکمه‌ای برای لغو اعلان‌ها خواهد بود.
announce-cancelled = ‏اعلان لغو شد؛ چیزی فرستاده نشد.
announce-queued = ‏📣 به { $total } نفر با سرعتی که تلگرام اجازه می‌دهد می‌فرستم. پیشرفت در همین پیام دیده می‌شود.
announce-progress =
    ‏📣 اعلان: { $sent } از { $total } فرستاده شد
    ‏ناکام: { $failed } · ربات را مسدود کرده‌اند: { $blocked } · نامعلوم: { $unsure } · باقی: { $left }
announce-report =
    ‏📣 <b>اعلان فرستاده شد</b>
    ‏گیرندگان: { $total }
    ‏رسید: { $sent }
    ‏ناکام: { $failed }
    ‏ربات را مسدود کرده‌اند (دیگر نمی‌گیرند): { $blocked }
    ‏پس از راه‌اندازی دوباره نامعلوم (دوباره فرستاده نشد): { $unsure }

announce-header = ‏📣 <b>Qorgau</b>
announce-read = ‏📖 خواندن
announce-btn-off = ‏🔕 دیگر نفرستید
news-btn-settings = ‏🔔 اعلان‌ها
news-on = ‏🔔 شما اعلان‌های Qorgau را می‌گیرید (به ندرت: تغییرات مهم قوانین، خدمات جدید).
news-off = ‏🔕 شما اعلان نمی‌گیرید. پاسخ‌های وکیل شما همیشه می‌رسد.
news-btn-mute = ‏🔕 خاموش کردن
news-btn-on = ‏🔔 روشن کردن
news-turned-off = ‏🔕 انجام شد: دیگر اعلانی نمی‌آید. می‌توانید در فهرست (🔔) دوباره روشن کنید.

