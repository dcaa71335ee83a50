# translation: draft (no native review yet)
mycases-title = 📂 <b>Murojaatlaringiz</b>
mycases-none = Sizda hali murojaat yoʻq. Yuristdan soʻrash uchun /menu ni oching va "Yuristdan soʻrash" tugmasini bosing.
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Murojaat { $ref }</b>
    Holati: { $status }
    Ochilgan: { $date }
status-new = yurist kutilmoqda
status-claimed = yurist shugʻullanmoqda
status-closed = yopilgan
btn-add-info = ✍️ Maʼlumot qoʻshish
btn-withdraw = 🗑 Soʻrovni qaytarib olish
btn-withdraw-yes = 🗑 Ha, qaytarib olaman
mycases-withdraw-confirm = <b>{ $ref }</b> murojaatini qaytarib olasizmi? Yuristga xabar beriladi va murojaat yopiladi.
mycases-withdrawn = <b>{ $ref }</b> murojaati qaytarib olindi. Yana yordam kerak boʻlsa, /menu yuboring.
mycases-writing = ✍️ Endi yozing: xabarlaringiz <b>{ $ref }</b> murojaatiga boradi.
mycases-left = Siz yurist bilan chatdan chiqdingiz. Murojaatingiz ochiq qoladi; /mycases orqali qaytishingiz mumkin.
btn-leave-case = 🚪 Yurist bilan chatdan chiqish
btn-my-cases = 📂 Murojaatlarim
btn-solved-yes = 👍 Ha, hal boʻldi
btn-solved-no = 👎 Hal boʻlmadi
rating-ask = Olgan yordamingizni qanday baholaysiz? (1 = yomon, 5 = aʼlo)
rating-thanks = Rahmat! Javobingiz ishimizni yaxshilashga yordam beradi.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Murojaatni qayta ochish
btn-ask-again = ❓ Yuristdan yana soʻrash
mycases-reopened = 🔁 { $ref } murojaati qayta ochildi. Uni navbatchi yurist oladi; yangi nima boʻlganini shu yerga yozing.
