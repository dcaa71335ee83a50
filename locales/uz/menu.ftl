# translation: draft (no native review yet)
topic-pick = Maqolani tanlang:
topic-empty = Bu mavzuda hali maqola yoʻq. Yuristdan soʻrashingiz mumkin.
kb-legal-basis = Huquqiy asos
kb-reviewed = Yuristlarimiz tekshirgan sana: { $date }
kb-disclaimer = Bu umumiy maʼlumot, sizning vaziyatingiz boʻyicha yuridik maslahat emas. Maslahat uchun yuristdan soʻrang.
btn-ask-lawyer = 👩‍⚖️ Yuristdan soʻrash
btn-ask-lawyer-about = 👩‍⚖️ Bu haqda yuristdan soʻrash
btn-helpful-yes = 👍 Foydali
btn-helpful-no = 👎 Foydasiz
vote-thanks = Rahmat! Yordam berganidan xursandmiz.
vote-thanks-down = Rahmat. Bu maqolani yaxshilashga harakat qilamiz. Hozir yordam kerak boʻlsa, yuristdan soʻrang.
search-found = 🔎 Balki bu savolingizga javob boʻlar:
search-nothing = 🤔 Maqolalarimizdan bu savolga aniq javob topa olmadim. Navbatchi yurist yordam berishi mumkin: <b>Yuristdan soʻrash</b> tugmasini bosing. Muharrirlarimiz bu haqda yozishi uchun savolingizni qayd etib qoʻydik.
search-maybe = Balki bulardan biri yordam berar:
reload-done = ✅ Bilimlar bazasi qayta yuklandi: { $articles } ta maqola. Tekshiruv muddati oʻtganlar: { $overdue }.
reload-failed = ❌ Bilimlar bazasi qayta YUKLANMADI: { $errors ->
    [one] { $errors } ta xato
   *[other] { $errors } ta xato
}. Bot oldingi versiyada ishlashda davom etadi.
