# translation: draft, needs native review
# Boshqaruv: e'lonlar, bloklash, odamlar, buyruqlar menyusi

cmd-duty = Navbatchilikni boshlash yoki tugatish
cmd-case = Faol ishingiz
cmd-queue = Navbatdagi ishlar
cmd-profile = Tillaringiz, hududlaringiz, mavzularingiz
cmd-staff = Xodimlar va ularning ishlari
cmd-block = Ish mijozini bloklash: /block Q-XXXX
cmd-unblock = Blokdan chiqarish: /unblock Q-XXXX
cmd-audit = Ish jurnali: /audit Q-XXXX
cmd-stats = Statistika
cmd-announce = E'lon yuborish
cmd-invite = Taklif qilish: /invite lawyer|coordinator
cmd-export = Anonimlashtirilgan eksport (CSV)
cmd-reload = Bilimlar bazasini qayta yuklash

help-coordinator =
    🧭 <b>Koordinatorlar uchun</b>
    /staff — xodimlar, navbatchilik, tillar va ochiq ishlar
    /block Q-XXXX, /unblock Q-XXXX — ish mijozini bloklash yoki blokdan chiqarish (ish ostidagi tugma ham bor)
    /audit Q-XXXX — ish bo'yicha kim nima qildi
    /invite lawyer — yangi yurist uchun bir martalik taklif havolasi
    /stats — xizmat koʻrsatkichlari (adminlar va koordinatorlar); /stats 2026-11-01 — shu kundan boshlab
help-admin =
    🛠 <b>Administratorlar uchun</b>
    /announce — e'lon yozish, oluvchilarni tanlash, yuborish
    /invite lawyer, /invite coordinator — taklif havolalari
    /staff — rollarni o'zgartirish va yuristlarni chiqarish
    /reload — bilimlar bazasini qayta yuklash
    Ishdan tashqari yozganlaringizning hammasi maqolalardan qidiriladi.
    /export — barcha ishlarning anonim CSV fayli (adminlar)
fallback-unknown-command = 🤔 Men bunday buyruqni bilmayman.

flood-slow-down = ✋ Siz xabarlarni juda tez yuboryapsiz, shuning uchun ularning bir qismini o'tkazib yubordim. Biroz kuting va muhimini qayta yuboring.

btn-case-block = 🚫 Mijozni bloklash / blokdan chiqarish
btn-case-audit = 📜 Ish jurnali
block-usage = Ish raqamini yozing: /block Q-XXXX yoki /unblock Q-XXXX
block-done = 🚫 { $ref } ishining mijozi bloklandi: uning xabarlari endi yuristlarga yetmaydi.
block-undone = ✅ { $ref } ishining mijozi blokdan chiqarildi.
block-notice = ⛔ Xabarlaringiz endi yuristlarga yuborilmaydi. Huquqlaringiz haqida bu yerda o'qishingiz mumkin.

staff-role-lawyer = yurist
staff-role-coordinator = koordinator
staff-role-admin = administrator
staff-role-client = mijoz
staff-invite-usage = Kimni taklif qilamiz? /invite lawyer yoki /invite coordinator
staff-invite-link =
    🔗 Taklif: { $role } (bir martalik, { $hours } soat amal qiladi):
    { $link }
    Uni faqat o'sha odamga yuboring: birinchi ochgan kishi qo'shiladi.
staff-title = 👥 <b>Xodimlar</b> ({ $n })
staff-member = { $duty } { $name } — { $role } · { $languages } · ochiq ishlar: { $cases }
staff-member-full =
    { $duty } <b>{ $name }</b>
    Roli: { $role }
    Navbatchilik: { $state }
    Tillari: { $languages }
    Ochiq ishlar: { $cases }
staff-any-language = istalgan til
staff-on-duty = navbatchilikda
staff-off-duty = navbatchilikda emas
staff-btn-make-coordinator = ⬆️ Koordinator qilish
staff-btn-make-lawyer = ⬇️ Yurist qilish
staff-btn-remove = ❌ Xodimlardan chiqarish
staff-btn-remove-yes = ❌ Ha, chiqarish
staff-remove-confirm = { $name } xodimlardan chiqarilsinmi? Ochiq ishlar ({ $cases }) navbatga qaytadi.
staff-removed = { $name } endi xodim emas. Navbatga qaytgan ishlar: { $refs }
staff-removed-coordinators = 👥 { $name } xodimlardan chiqarildi. Uning ishlari navbatga qaytdi: { $refs }
staff-removed-you = Siz endi Qorgau jamoasida emassiz. Ishingiz uchun rahmat.
staff-role-changed-you = Qorgau'dagi rolingiz endi: { $role }. Nima qila olishingizni ko'rish uchun /help yuboring.
staff-audit-usage = Ish raqamini yozing: /audit Q-XXXX
staff-audit-title = 📜 <b>{ $ref } ishining jurnali</b>
staff-audit-empty = Hozircha hech narsa yozilmagan.

announce-start = 📣 <b>Yangi e'lon</b>
    O'z matningizni yozing (har bir til uchun bir marta) yoki bilimlar bazasidan maqola yuboring.
announce-btn-write = ✍️ Matn yozish
announce-btn-article = 📄 Maqola tanlash
announce-btn-add-language = ➕ Biror tildagi matn
announce-btn-language = 🌐 Til
announce-btn-region = 📍 Hudud
announce-btn-open = 📂 Faqat ochiq ishi borlarga: yoqish/o'chirish
announce-btn-send = ✅ Yuborish…
announce-btn-confirm = ✅ Ha, { $count } kishiga yuborish
announce-pick-language = Matn qaysi tilda bo'ladi?
announce-write-prompt = Matnni shu tilda yuboring: { $language } (formatlash saqlanadi).
announce-text-only = E'lonni matn ko'rinishida yuboring.
announce-too-long = Matn juda uzun: ko'pi bilan { $limit } belgi.
announce-pick-article = Qaysi maqola?
announce-pick-audience = Kimga yuborish kerak?
announce-everyone = hammaga
announce-everywhere = hamma joyda
announce-open-yes = faqat ochiq ishi borlarga
announce-open-no = ishi bor-yo'qligidan qat'i nazar
announce-empty = (hali matn yo'q)
announce-draft =
    <b>Oldindan ko'rish</b> (sizning tilingizdagi o'quvchi shunday ko'radi):

    { $preview }

    ———
    Matnlar yozilgan tillar: { $languages }
    O'z tilida matni yo'qlar standart tildagi matnni oladi.
    Oluvchilar: { $language } · { $region } · { $open }
    Hozir oluvchilar: <b>{ $count }</b>
announce-confirm = Bu e'lon { $count } kishiga yuborilsinmi? Uning ostida e'lonlardan voz kechish tugmasi bo'ladi.
announce-cancelled = E'lon bekor qilindi, hech narsa yuborilmadi.
announce-queued = 📣 { $total } kishiga Telegram ruxsat bergan tezlikda yuboryapman. Jarayon shu yerda ko'rinadi.
announce-progress =
    📣 E'lon: { $total } dan { $sent } tasi yuborildi
    Xatolar: { $failed } · botni bloklaganlar: { $blocked } · noma'lum: { $unsure } · qoldi: { $left }
announce-report =
    📣 <b>E'lon yuborildi</b>
    Oluvchilar: { $total }
    Yetkazildi: { $sent }
    Xatolar: { $failed }
    Botni bloklaganlar (endi olishmaydi): { $blocked }
    Qayta ishga tushirishdan keyin noma'lum (qayta yuborilmadi): { $unsure }

announce-header = 📣 <b>Qorgau</b>
announce-read = 📖 O'qish
announce-btn-off = 🔕 Boshqa yubormang
news-btn-settings = 🔔 E'lonlar
news-on = 🔔 Siz Qorgau e'lonlarini olasiz (kamdan-kam: qoidalardagi muhim o'zgarishlar, yangi xizmatlar).
news-off = 🔕 Siz e'lonlarni olmaysiz. Yuristingizning javoblari har doim keladi.
news-btn-mute = 🔕 O'chirish
news-btn-on = 🔔 Yoqish
news-turned-off = 🔕 Tayyor: boshqa e'lon kelmaydi. Menyuda (🔔) qayta yoqishingiz mumkin.
