# translation: draft (no native review yet)
invite-welcome = { $role ->
    [coordinator] ✅ Endi siz Qorgau tizimida <b>koordinator</b>siz.
   *[lawyer] ✅ Endi siz Qorgau tizimida <b>navbatchi yurist</b>siz.
}

    Navbatga chiqish uchun /duty yuboring: shundan soʻng yangi murojaatlar shu yerga keladi. /profile orqali tillaringiz, hududlaringiz va mavzularingizni belgilaysiz; /help nima qila olishingizni koʻrsatadi.
invite-invalid = ⛔ Bu taklif havolasi yaroqsiz: u allaqachon ishlatilgan yoki muddati tugagan. Iltimos, koordinatordan yangisini soʻrang.
duty-on = 🟢 Siz <b>navbatdasiz</b>. Profilingizga mos yangi murojaatlar shu yerga keladi. Navbatdan chiqish uchun /duty ni yana yuboring.
duty-off = ⚪️ Siz <b>navbatda emassiz</b>. Yangi murojaatlar sizga kelmaydi.
duty-state-on = 🟢 navbatda
duty-state-off = ⚪️ navbatda emas

card-new =
    🆕 <b>Murojaat { $ref }</b> · { $priority }
    Mavzu: { $topic }
    Shoshilinch: { $urgency }
    Hudud: { $region }
    Til: { $language }
    Kutmoqda: { $age }
card-reminder =
    ⏰ <b>Hali ham kutmoqda: murojaat { $ref }</b> · { $priority }
    Mavzu: { $topic }
    Shoshilinch: { $urgency }
    Hudud: { $region }
    Til: { $language }
    Kutmoqda: { $age }
card-escalated =
    ⚠️ <b>Eskalatsiya: murojaat { $ref }</b> · { $priority } — { $age } oʻtdi, hali hech kim olmadi.
    Mavzu: { $topic } · Hudud: { $region } · Til: { $language }
card-claimed = ✅ <b>{ $ref }</b> murojaatini { $lawyer } oldi.
card-claimed-you = ✅ <b>Murojaat { $ref }</b>: bu murojaatni siz oldingiz.
lawyer-anonymous = yurist
lawyer-signature = Yurist
btn-claim = 🙋 Olish
btn-open-case = 📂 Murojaatni ochish
claim-won = Siz { $ref } murojaatini oldingiz.
claim-lost = Bu murojaatni boshqa yurist allaqachon olgan.
claim-won-open-chat = Siz { $ref } murojaatini oldingiz, lekin men sizga hali shaxsiy xabar yoza olmayman. Men bilan chat oching, Start tugmasini bosing, soʻng murojaatni koʻrish uchun /case yuboring.

case-header =
    📂 <b>Murojaat { $ref }</b> · { $priority }
    Mavzu: { $topic }
    Shoshilinch: { $urgency }
    Hudud: { $region }
    Fuqarolik: { $citizenship }
    Til: { $language }
    Kutish vaqti: { $age }
case-phone = 📞 Telefon (mijoz bergan): { $phone }
case-from-client = Mijoz
case-from-lawyer = Yurist
case-note = 🔒 Eslatma
case-attachment = [{ $kind }]
case-file-caption = 📎 Murojaat { $ref }: mijozdan ilova
btn-case-write = ✍️ Mijozga yozish
btn-case-note = 📝 Ichki eslatma
btn-case-canned = 💬 Tayyor javoblar
btn-case-transfer = 🔁 Boshqa yuristga berish
btn-case-release = ↩️ Navbatga qaytarish
btn-case-close = ✅ Yopish
case-writing-to = ✍️ Endi yozgan hamma narsangiz { $ref } murojaati mijoziga boradi.
case-note-prompt = 📝 <b>{ $ref }</b> murojaati uchun eslatma yozing. Mijoz uni hech qachon koʻrmaydi.
case-note-saved = 🔒 Eslatma saqlandi. Mijoz uni koʻrmaydi.
case-canned-pick = 💬 <b>{ $ref }</b> murojaati uchun tayyor javoblar ({ $language }): yuborish uchun birini bosing.
case-transfer-pick = 🔁 <b>{ $ref }</b> murojaatini kimga berasiz:
case-transfer-nobody = Murojaatni berish uchun boshqa yurist yoʻq.
case-transferred = 🔁 <b>{ $ref }</b> murojaati boshqa yuristga berildi.
case-transferred-to-you = 🔁 <b>{ $ref }</b> murojaati sizga berildi. Koʻrish uchun /case yuboring.
case-taken-away = ℹ️ Koordinator <b>{ $ref }</b> murojaatini boshqa yuristga oʻtkazdi.
case-released = ↩️ <b>{ $ref }</b> murojaati navbatga qaytdi.
case-close-confirm = <b>{ $ref }</b> murojaatini yopish: natijasi qanday boʻldi? Mijozga xabar beriladi.
case-closed = ✅ <b>{ $ref }</b> murojaati yopildi: { $outcome }.
case-withdrawn = ℹ️ Mijoz <b>{ $ref }</b> murojaatini qaytarib oldi. Murojaat yopildi.
case-client-added = ℹ️ Mijoz <b>{ $ref }</b> murojaatiga maʼlumot qoʻshdi. Koʻrish uchun /case yuboring.
outcome-advice = Maslahat berildi
outcome-representation = Vakillikka olindi
outcome-no_response = Mijoz javob bermadi
outcome-duplicate = Takroriy murojaat
lawyer-no-active-case = Sizda faol murojaat yoʻq. Murojaat kartasidagi <b>Olish</b> tugmasini bosing, kutayotgan murojaatlarni koʻrish uchun /queue yuboring yoki murojaatlaringizdan biri ostidagi <b>Mijozga yozish</b> tugmasini bosing.
case-erased-by-client = ℹ️ <b>{ $ref }</b> murojaatining mijozi oʻz maʼlumotlarini oʻchirdi. Murojaat yopildi.

queue-title = 📋 <b>Kutayotgan murojaatlar</b>: { $count }. Ochish uchun birini bosing.
queue-empty = 📋 Bu filtrlarga mos murojaat yoʻq.
queue-any = istalgan
queue-pick = Tanlang:
queue-filter-priority = Ustuvorlik
queue-filter-lang = Til
queue-filter-region = Hudud
queue-filter-topic = Mavzu

profile-show =
    👤 <b>Profilingiz</b>
    Mijozlarga koʻrinadigan ism: { $name }
    Tillar: { $languages }
    Hududlar: { $regions }
    Mavzular: { $topics }
    Holat: { $duty }

    Yangi murojaatlar sizga faqat shularga mos kelsa keladi (boʻsh boʻlsa — istalgani).
btn-profile-name = ✏️ Mijozlarga koʻrinadigan ism
btn-profile-languages = 🗣 Tillar
btn-profile-regions = 📍 Hududlar
btn-profile-topics = 📚 Mavzular
btn-done = ✅ Tayyor
profile-name-prompt = Mijozlar koʻradigan ismingizni yozing (yoki "Yurist" deb koʻrsatilishi uchun "-" yuboring).
profile-choose = Tanlang — { $what } (olib tashlash uchun qayta bosing):

# a case in the lawyers' queue, on its button: short
queue-status-new = kutmoqda
queue-status-claimed = olingan

# a card of a case that was closed (not an error)
card-closed = ✅ <b>{ $ref }</b> murojaati yopildi.

# a ready answer is shown before it is sent
case-canned-preview = 👀 <b>{ $ref }</b> murojaati boʻyicha mijoz quyidagini oladi:
btn-canned-send = 📤 Mijozga yuborish
