# translation: draft, needs native review
# الإدارة: الإعلانات، الحظر، الأشخاص، قوائم الأوامر

cmd-duty = ‏بدء المناوبة أو إنهاؤها
cmd-case = ‏قضيتك النشطة
cmd-queue = ‏القضايا المنتظرة
cmd-profile = ‏لغاتك ومناطقك ومواضيعك
cmd-staff = ‏الموظفون وقضاياهم
cmd-block = ‏حظر صاحب القضية: /block Q-XXXX
cmd-unblock = ‏رفع الحظر: /unblock Q-XXXX
cmd-audit = ‏سجل القضية: /audit Q-XXXX
cmd-stats = ‏الإحصاءات
cmd-announce = ‏إرسال إعلان
cmd-invite = ‏دعوة: /invite lawyer|coordinator
cmd-export = ‏تصدير مجهول الهوية (CSV)
cmd-reload = ‏إعادة تحميل قاعدة المعرفة

help-coordinator =
    ‏🧭 <b>للمنسقين</b>
    ‏/staff — الموظفون والمناوبة واللغات والقضايا المفتوحة
    ‏/block Q-XXXX، /unblock Q-XXXX — حظر صاحب القضية أو رفع الحظر عنه (يوجد زر تحت القضية أيضًا)
    ‏/audit Q-XXXX — من فعل ماذا في القضية
    ‏/invite lawyer — رابط دعوة لمرة واحدة لمحامٍ جديد
    ‏/stats — أرقام الخدمة (المديرون والمنسقون)؛ /stats 2026-11-01 — منذ ذلك اليوم
help-admin =
    ‏🛠 <b>للمديرين</b>
    ‏/announce — كتابة إعلان واختيار المستلمين وإرساله
    ‏/invite lawyer، /invite coordinator — روابط الدعوة
    ‏/staff — وأيضًا تغيير الأدوار وإزالة المحامين
    ‏/reload — إعادة تحميل قاعدة المعرفة
    ‏كل ما تكتبه خارج قضية يُبحث عنه في المقالات.
    ‏/export — ملف CSV مجهول الهوية لكل القضايا (المديرون)
fallback-unknown-command = ‏🤔 لا أعرف هذا الأمر.

flood-slow-down = ‏✋ أنت ترسل الرسائل بسرعة كبيرة، لذلك تخطيت بعضها. انتظر قليلًا ثم أعد إرسال ما هو مهم.

btn-case-block = ‏🚫 حظر / رفع حظر صاحب القضية
btn-case-audit = ‏📜 سجل القضية
block-usage = ‏اكتب رقم القضية: /block Q-XXXX أو /unblock Q-XXXX
block-done = ‏🚫 تم حظر صاحب القضية { $ref }: لن تصل رسائله إلى المحامين بعد الآن.
block-undone = ‏✅ تم رفع الحظر عن صاحب القضية { $ref }.
block-notice = ‏⛔ لم يعد بالإمكان تمرير رسائلك إلى المحامين. لا يزال بإمكانك القراءة عن حقوقك هنا.

staff-role-lawyer = ‏محامٍ
staff-role-coordinator = ‏منسق
staff-role-admin = ‏مدير
staff-role-client = ‏مراجع
staff-invite-usage = ‏من ندعو؟ /invite lawyer أو /invite coordinator
staff-invite-link =
    ‏🔗 دعوة لـ { $role } (لمرة واحدة، صالحة { $hours } ساعة):
    ‏{ $link }
    ‏أرسلها إلى هذا الشخص فقط: من يفتحها أولًا ينضم.
staff-title = ‏👥 <b>الموظفون</b> ({ $n })
staff-member = ‏{ $duty } { $name } — { $role } · { $languages } · القضايا المفتوحة: { $cases }
staff-member-full =
    ‏{ $duty } <b>{ $name }</b>
    ‏الدور: { $role }
    ‏المناوبة: { $state }
    ‏اللغات: { $languages }
    ‏القضايا المفتوحة: { $cases }
staff-any-language = ‏أي لغة
staff-on-duty = ‏في المناوبة
staff-off-duty = ‏خارج المناوبة
staff-btn-make-coordinator = ‏⬆️ تعيين منسقًا
staff-btn-make-lawyer = ‏⬇️ تعيين محاميًا
staff-btn-remove = ‏❌ إزالة من الموظفين
staff-btn-remove-yes = ‏❌ نعم، أزل
staff-remove-confirm = ‏إزالة { $name } من الموظفين؟ القضايا المفتوحة ({ $cases }) تعود إلى قائمة الانتظار.
staff-removed = ‏{ $name } لم يعد موظفًا. القضايا التي عادت إلى الانتظار: { $refs }
staff-removed-coordinators = ‏👥 أُزيل { $name } من الموظفين. عادت قضاياه إلى قائمة الانتظار: { $refs }
staff-removed-you = ‏لم تعد ضمن فريق Qorgau. شكرًا لعملك.
staff-role-changed-you = ‏دورك في Qorgau الآن: { $role }. أرسل /help لترى ما يمكنك فعله.
staff-audit-usage = ‏اكتب رقم القضية: /audit Q-XXXX
staff-audit-title = ‏📜 <b>سجل القضية { $ref }</b>
staff-audit-empty = ‏لم يُسجل شيء بعد.

announce-start = ‏📣 <b>إعلان جديد</b>
    ‏اكتب نصك (مرة لكل لغة) أو أرسل مقالة من قاعدة المعرفة.
announce-btn-write = ‏✍️ كتابة نص
announce-btn-article = ‏📄 اختيار مقالة
announce-btn-add-language = ‏➕ نص بلغة
announce-btn-language = ‏🌐 اللغة
announce-btn-region = ‏📍 المنطقة
announce-btn-open = ‏📂 فقط أصحاب القضايا المفتوحة: تشغيل/إيقاف
announce-btn-send = ‏✅ إرسال…
announce-btn-confirm = ‏✅ نعم، أرسل إلى { $count }
announce-pick-language = ‏بأي لغة سيكون النص؟
announce-write-prompt = ‏أرسل النص باللغة: { $language } (يُحفظ التنسيق).
announce-text-only = ‏من فضلك أرسل الإعلان نصًا.
announce-too-long = ‏النص طويل جدًا: { $limit } حرفًا على الأكثر.
announce-pick-article = ‏أي مقالة؟
announce-pick-audience = ‏لمن يُرسل؟
announce-everyone = ‏الجميع
announce-everywhere = ‏كل مكان
announce-open-yes = ‏فقط من لديهم قضية مفتوحة
announce-open-no = ‏مع قضية أو بدونها
announce-empty = ‏(لا يوجد نص بعد)
announce-draft =
    ‏<b>معاينة</b> (هكذا يراها قارئ بلغتك):

    ‏{ $preview }

    ‏———
    ‏النصوص مكتوبة بـ: { $languages }
    ‏من لا يوجد نص بلغته يتلقى النص باللغة الافتراضية.
    ‏المستلمون: { $language } · { $region } · { $open }
    ‏المستلمون الآن: <b>{ $count }</b>
announce-confirm = ‏إرسال هذا الإعلان إلى { $count } شخصًا؟ سيكون تحته زر لإيقاف الإعلانات.
announce-cancelled = ‏أُلغي الإعلان ولم يُرسل شيء.
announce-queued = ‏📣 أرسل إلى { $total } شخصًا بالسرعة التي يسمح بها تيليجرام. يظهر التقدم في هذه الرسالة.
announce-progress =
    ‏📣 الإعلان: أُرسل { $sent } من { $total }
    ‏فشل: { $failed } · حظروا البوت: { $blocked } · غير مؤكد: { $unsure } · متبقٍ: { $left }
announce-report =
    ‏📣 <b>أُرسل الإعلان</b>
    ‏المستلمون: { $total }
    ‏وصل: { $sent }
    ‏فشل: { $failed }
    ‏حظروا البوت (لن يتلقوا بعد الآن): { $blocked }
    ‏غير مؤكد بعد إعادة التشغيل (لم يُرسل مجددًا): { $unsure }

announce-header = ‏📣 <b>Qorgau</b>
announce-read = ‏📖 اقرأ
announce-btn-off = ‏🔕 لا مزيد من الإعلانات
news-btn-settings = ‏🔔 الإعلانات
news-on = ‏🔔 أنت تتلقى إعلانات Qorgau (نادرًا: تغييرات مهمة في القواعد، خدمات جديدة).
news-off = ‏🔕 أنت لا تتلقى الإعلانات. ردود محاميك تصل دائمًا.
news-btn-mute = ‏🔕 إيقاف
news-btn-on = ‏🔔 تشغيل
news-turned-off = ‏🔕 تم: لن تصلك إعلانات بعد الآن. يمكنك تشغيلها مجددًا من القائمة (🔔).

