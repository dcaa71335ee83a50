# translation: draft (no native review yet)
lang-name = Oʻzbekcha
lang-chosen = Til: oʻzbekcha.
lang-incomplete = Baʼzi matnlar hali oʻzbek tiliga tarjima qilinmagan, shuning uchun rus tilida koʻrsatiladi.
kb-fallback-notice = ℹ️ Bu maqola hali oʻzbek tiliga tarjima qilinmagan. Mana u boshqa tilda.

start-choose-language = 👋 Assalomu alaykum! Bu — <b>Qorgau</b>: Qozogʻistondagi huquqlaringiz haqida bepul maʼlumot va hamkor yuristlardan yordam.

    Tilni tanlang:

privacy-short =
    🔒 <b>Boshlashdan oldin: maʼlumotlaringiz haqida</b>

    • Biz Telegram ID raqamingizni, tilingizni va rozilik bergan vaqtingizni saqlaymiz.
    • Agar yuristga murojaat qilsangiz, soʻrovingizda yozganlaringizni shifrlangan holda saqlaymiz. Ularni faqat hamkor navbatchi yuristlar koʻradi va faqat siz rozilik berganingizdan keyin.
    • Yuristlar sizning Telegram akkauntingizni hech qachon koʻrmaydi, siz ham ularnikini koʻrmaysiz.
    • Yopilgan murojaatlarning matnlari { $days } kundan keyin oʻchiriladi.
    • Istalgan vaqtda /forget buyrugʻi bilan hammasini oʻchirib tashlashingiz mumkin.

    Rozimisiz?
privacy-full =
    🔒 <b>Maxfiylik haqida</b>

    <b>Biz kimmiz.</b> Qorgau — Qozogʻistondagi hamkor yuridik yordam tashkilotlari bilan birga ishlaydigan Telegram bot. U huquqlar haqida umumiy maʼlumot beradi va soʻrovlarni hamkor navbatchi yuristlarga yetkazadi.

    <b>Nimani saqlaymiz.</b> Telegram ID raqamingiz, tanlagan tilingiz va rozilik bergan vaqtingiz. Agar yuristga murojaat qilsangiz: mavzu, siz yozgan matn hamda siz va yurist oʻrtasidagi xabarlar. Ismingiz va username (foydalanuvchi nomi) saqlanmaydi. Telefon raqamingiz faqat yurist qoʻngʻiroq qilishi uchun uni oʻzingiz berishni tanlasangiz saqlanadi (shifrlangan holda, murojaat bilan birga oʻchiriladi).

    <b>Qanday himoyalanadi.</b> Siz yozgan hamma narsa bazamizda shifrlangan holda saqlanadi. Jurnallarimizda (log) xabarlaringiz hech qachon boʻlmaydi.

    <b>Kim koʻradi.</b> Faqat murojaatingizni olgan hamkor navbatchi yurist (va uning koordinatorlari). Ular soʻzlaringizni koʻradi, Telegram akkauntingizni emas. Hech narsa politsiyaga, migratsiya xizmatiga yoki ish beruvchingizga berilmaydi.

    <b>Qancha vaqt.</b> Murojaat yopilgach, uning matnlari { $days } kundan keyin oʻchiriladi. Nomsiz raqamlar (nechta murojaat boʻlgani, qaysi mavzularda) statistika uchun saqlanadi.

    <b>Huquqlaringiz.</b> Bu matnni /privacy orqali qayta oʻqishingiz, /forget orqali esa barcha maʼlumotlaringizni oʻchirishingiz mumkin.
btn-consent-yes = ✅ Roziman
btn-consent-no = ❌ Yoʻq, rahmat
btn-privacy-full = 📄 Toʻliq matnni oʻqish
consent-thanks = Rahmat. Tilni istalgan vaqtda /language orqali oʻzgartirishingiz mumkin.
consent-declined = Tushunarli. Siz haqingizda hech narsa saqlamadik. Fikringiz oʻzgarsa, /start yuboring.

menu-title = 📚 <b>Mavzuni tanlang</b> — yoki yuristdan soʻrang.
form-left = Siz anketadan chiqdingiz. Hech narsa yuborilmadi.

help-text =
    ℹ️ <b>Qorgau botidan qanday foydalanish</b>

    • Huquqlaringiz haqida oʻqish uchun mavzuni tanlang.
    • Shaxsiy yordam kerak boʻlsa, <b>Yuristdan soʻrash</b> tugmasini bosing: hamkor navbatchi yurist shu yerda, shu chatda javob beradi.
    • Agar hozir ushlangan boʻlsangiz, <b>112</b> yoki <b>102</b> ga qoʻngʻiroq qiling, advokat va tarjimon talab qiling.

    Buyruqlar:
    /menu — mavzular
    /mycases — yuristlarga murojaatlaringiz
    /language — tilni oʻzgartirish
    /privacy — siz haqingizda nima saqlaymiz
    /cancel — joriy anketani toʻxtatish
    /forget — barcha maʼlumotlaringizni oʻchirish
    /reminders — eslatmalar: ruxsatnoma solig‘i, muddatlaringiz
help-lawyer =
    👩‍⚖️ <b>Yuristlar uchun</b>
    /duty — navbatga chiqish yoki navbatdan chiqish (yangi murojaatlar sizga faqat navbatda boʻlganingizda keladi)
    /case — faol murojaatingizni yana koʻrsatish
    /queue — kutayotgan murojaatlar, filtrlar bilan
    /profile — ismingiz, tillaringiz, hududlaringiz va mavzularingiz
    Murojaatni olish uchun uning kartasidagi <b>Olish</b> tugmasini bosing; shundan keyin bu yerda yozgan hamma narsangiz faol murojaatingiz mijoziga boradi.
    /leave SANA — shu kungacha ta’til, ertasi kuni ertalab yana navbatchilikda

btn-menu = 🏠 Menyu
btn-help = ℹ️ Yordam
btn-back = ⬅️ Orqaga
btn-cancel = ✖️ Bekor qilish

forget-confirm = 🗑 Barcha maʼlumotlaringiz oʻchirilsinmi? Soʻrovlaringiz, xabarlaringiz va sozlamalaringiz oʻchiriladi, ochiq murojaat esa yopiladi. Buni qaytarib boʻlmaydi.
btn-forget-yes = 🗑 Ha, hammasini oʻchirish
btn-forget-no = Maʼlumotlarim qolsin
forget-kept = Hech narsa oʻchirilmadi.
forget-done = ✅ Barcha maʼlumotlaringiz oʻchirildi. Yana yozsangiz, hammasini boshidan boshlaymiz.

error-generic = 😔 Bizda nimadir xato ketdi. Iltimos, bir daqiqadan keyin qayta urinib koʻring.
error-not-allowed = ⛔ Kechirasiz, buni qila olmaysiz.
error-not-lawyer = ⛔ Buni faqat hamkor yuristlar qila oladi.
error-ticket-gone = Bu murojaat allaqachon yopilgan.
error-not-your-ticket = ⛔ Bu murojaat bilan boshqa yurist shugʻullanmoqda.
error-consent-needed = Davom etish uchun avval /start yuboring va maxfiylik shartlariga rozilik bering.
error-stale-button = Bu tugma endi ishlamaydi. Qaytadan boshlash uchun /menu yuboring.

fallback-text = Tushunmadim. Quyidan mavzuni tanlang yoki yuristdan soʻrang.
fallback-media = Bu yerda faqat matnni oʻqiy olaman. Savolingizni yozing yoki mavzuni tanlang.

cmd-start = Qaytadan boshlash
cmd-menu = Mavzular
cmd-mycases = Murojaatlarim
cmd-help = Yordam
cmd-language = Tilni oʻzgartirish
cmd-privacy = Siz haqingizda nima saqlaymiz
cmd-cancel = Joriy anketani toʻxtatish
cmd-forget = Maʼlumotlarimni oʻchirish

age-minutes = { $n ->
    [one] { $n } daqiqa
   *[other] { $n } daqiqa
}
age-hours = { $n ->
    [one] { $n } soat
   *[other] { $n } soat
}
age-days = { $n ->
    [one] { $n } kun
   *[other] { $n } kun
}
btn-continue-in = ✅ Oʻzbekcha davom etish
