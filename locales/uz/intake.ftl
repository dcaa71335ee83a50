# translation: draft (no native review yet)
intake-choose-topic = 👩‍⚖️ Savolingiz nima haqida?
intake-urgency =
    ⚠️ <b>Quyidagilardan biri hozir sodir boʻlyaptimi?</b>

    Javobingiz yurist qanchalik tez javob berishi kerakligini aniqlashimizga yordam beradi.
urgency-detained = 🚔 Men yoki qarindoshim hozir ushlangan
urgency-expulsion = 📄 Chiqarib yuborish yoki deportatsiya: qaror yoki sud majlisi
urgency-deadline = ⏳ 7 kun ichida tugaydigan muddat
urgency-danger = 🆘 Xavfsizligimga yoki bolalarga xavf bor
urgency-none = ✅ Bularning hech biri
intake-deadline =
    ⏳ <b>Muddat qachon tugaydi?</b>

    Sanani yozing, masalan { $example }.
intake-deadline-invalid = Iltimos, keyingi 7 kun ichidagi sanani yozing, masalan { $example }. Agar muddat keyinroq boʻlsa, Orqaga tugmasini bosing va "Bularning hech biri"ni tanlang.
intake-region = 📍 <b>Qozogʻistonning qayerida turibsiz?</b>
intake-citizenship = 🌍 <b>Qaysi davlat fuqarosisiz?</b> Aytmaslikni ham tanlashingiz mumkin.
intake-describe =
    ✍️ <b>Nima boʻldi?</b> · { $topic }

    Oʻz soʻzlaringiz bilan yozing: nima boʻldi, qachon, qayerda va sizga nima kerak. Istalgan tilda yozishingiz mumkin. Hujjatlarning suratini ham yuborishingiz mumkin.

    Iltimos, pasport raqamingizni va boshqa hujjatlar raqamlarini yozmang.
btn-continue = ➡️ Davom etish
intake-description-saved = ✅ Saqlandi. Hujjatlar suratini yuborishingiz mumkin (biriktirilgan: { $files }) yoki Davom etish tugmasini bosing.
intake-file-added = 📎 Biriktirilgan: { $files }. Yana yuboring yoki, hali yozmagan boʻlsangiz, nima boʻlganini yozing, soʻng Davom etish tugmasini bosing.
intake-files-full = Bu yerda { $limit } tagacha fayl biriktirish mumkin. Qolganlarini keyinroq yuristga yuborishingiz mumkin.
intake-too-short = Iltimos, biroz batafsilroq yozing, shunda yurist vaziyatingizni tushunadi.
intake-too-long = Bu juda uzun ({ $length } belgi). Iltimos, { $limit } belgigacha qisqartiring; tafsilotlarni keyinroq yurist bilan chatda qoʻshishingiz mumkin.
intake-text-please = Iltimos, vaziyatingizni matnli xabar bilan yozing (suratlar va hujjatlarni ham qoʻshishingiz mumkin).
intake-contact =
    📞 <b>Yurist siz bilan qanday bogʻlansin?</b>

    Odatda faqat shu bot orqali: yurist telefoningizni ham, Telegram akkauntingizni ham koʻrmaydi. Agar yurist sizga qoʻngʻiroq qila olishini istasangiz, telefon raqamingizni yuborishingiz mumkin.
btn-contact-bot = 💬 Faqat shu bot orqali
btn-contact-phone = 📱 Telefon raqamimni yuborish
intake-contact-own = Iltimos, quyidagi tugma orqali oʻz telefon raqamingizni yuboring yoki "Faqat shu bot orqali"ni tanlang.
contact-saved-phone = ✅ Yurist telefon raqamingizni koʻradi.
contact-saved-bot = ✅ Yurist sizga faqat shu yerda yozadi.
contact-phone = telefon raqami berilgan
contact-bot = faqat shu bot orqali
intake-share =
    🔒 Javoblaringiz va yozganlaringizni hamkor navbatchi yuristga yuborishimizga rozimisiz?

    Yurist soʻzlaringizni koʻradi, lekin Telegram akkauntingizni koʻrmaydi.
btn-share-yes = ✅ Roziman
intake-summary =
    📋 <b>Soʻrovingizni tekshiring</b>

    Mavzu: { $topic }
    Shoshilinch: { $urgency }
    Hudud: { $region }
    Fuqarolik: { $citizenship }
    Aloqa: { $contact }
    Ilovalar: { $files }

    { $description }
btn-send-request = ✅ Yuristga yuborish
btn-edit-topic = ✏️ Mavzu
btn-edit-urgency = ✏️ Shoshilinchlik
btn-edit-region = ✏️ Hudud
btn-edit-citizenship = ✏️ Fuqarolik
btn-edit-description = ✏️ Nima boʻldi
btn-edit-contact = ✏️ Aloqa
intake-press-button = Iltimos, javob berish uchun pastdagi tugmalardan foydalaning yoki Bekor qilish tugmasini bosing.
intake-step-again = Bu javob allaqachon saqlangan. Hozir turgan savolingiz mana bu.
intake-done = ✅ Soʻrovingiz qabul qilindi. Murojaat raqami: <b>{ $ref }</b>. Yurist shu yerda, shu chatda javob beradi. Endi bu yerga yozgan hamma narsangiz murojaatingizga qoʻshiladi.
intake-added = ✅ Bu mavzuda sizda ochiq murojaat bor edi: yuborganlaringiz <b>{ $ref }</b> murojaatiga qoʻshildi.
intake-cancelled = Bekor qilindi. Hech narsa yuborilmadi.
intake-already-open = Bu mavzuda sizda ochiq murojaat bor: <b>{ $ref }</b>. Shu yerga yozavering: xabaringiz unga qoʻshiladi.
expect-on-duty = ⏱ Hozir sizning tilingizda gapiradigan navbatchi yurist ishlayapti. Javobni { $hours } soat { $minutes } daqiqa ichida kuting.
# a lawyer is on duty, but nobody on the roster lists the person's language
expect-on-duty-any = ⏱ Hozir navbatchi yurist ishlayapti. Javobni { $hours } soat { $minutes } daqiqa ichida kuting.
expect-no-match = ⏱ Hozir tilingiz va hududingizga mos navbatchi yurist yoʻq. Murojaatingizni barcha navbatchi yuristlarga yubordik; javobni { $hours } soat { $minutes } daqiqa ichida, balki kechroq kuting.
expect-out-of-hours = 🌙 Hozir ish vaqti emas. Navbatchi yuristlar soat { $opens } da (Astana vaqti bilan) ishni qayta boshlaydi; javobni shundan keyin, { $hours } soat { $minutes } daqiqa ichida kuting. Favqulodda holatda <b>112</b> ga qoʻngʻiroq qiling.
redflag-detained =
    🚨 <b>Agar siz yoki qarindoshingiz hozir ushlangan boʻlsa</b>

    • Xotirjam boʻling. Qarshilik koʻrsatmang, qochmang.
    • Nima uchun ushlanganingizni va qayerga olib ketilayotganingizni soʻrang.
    • Sizning advokat va bepul tarjimonga haqqingiz bor. Ruscha ayting: «Мне нужен адвокат и переводчик» (Menga advokat va tarjimon kerak).
    • Tushunmagan hujjatingizga imzo qoʻymang. «С протоколом не согласен» (Bayonnoma bilan rozi emasman) deb yozishingiz mumkin.
    • Qarindoshingizga va konsullikka qoʻngʻiroq qilishga ruxsat soʻrang.
    • Favqulodda holat: <b>112</b>, politsiya <b>102</b>.

    Quyidagi anketani toʻldirishda davom eting: navbatchi yurist murojaatingizni shoshilinch deb koʻradi.
redflag-danger =
    🆘 <b>Agar siz yoki bolalar xavf ostida boʻlsangiz</b>

    • Hoziroq <b>112</b> (favqulodda xizmat) yoki <b>102</b> (politsiya) ga qoʻngʻiroq qiling.
    • Oiladagi zoʻravonlik yoki tazyiq (bulling): <b>111</b>, bepul, kecha-kunduz.
    • Agar kimdir sizni majburan ishlatayotgan yoki pasportingizni olib qoʻygan boʻlsa, bu jinoyat: fuqaroligingizdan qatʼi nazar yordam olishingiz mumkin.

    Quyidagi anketani toʻldirishda davom eting: navbatchi yurist murojaatingizni shoshilinch deb koʻradi.
region-almaty_city = Olmaota (shahar)
region-astana = Astana
region-shymkent = Chimkent
region-abai = Abay viloyati
region-akmola = Aqmola viloyati
region-aktobe = Aqtoʻbe viloyati
region-almaty_region = Olmaota viloyati
region-atyrau = Atirau viloyati
region-east_kz = Sharqiy Qozogʻiston
region-jambyl = Jambul viloyati
region-jetisu = Jetisuv viloyati
region-karaganda = Qaragʻandi viloyati
region-kostanay = Qoʻstanay viloyati
region-kyzylorda = Qiziloʻrda viloyati
region-mangystau = Mangʻistov viloyati
region-north_kz = Shimoliy Qozogʻiston
region-pavlodar = Pavlodar viloyati
region-turkistan = Turkiston viloyati
region-ulytau = Ulitau viloyati
region-west_kz = Gʻarbiy Qozogʻiston
cit-uz = Oʻzbekiston
cit-tj = Tojikiston
cit-kg = Qirgʻiziston
cit-ru = Rossiya
cit-af = Afgʻoniston
cit-cn = Xitoy
cit-tm = Turkmaniston
cit-ua = Ukraina
cit-sy = Suriya
cit-other = Boshqa davlat
cit-stateless = Fuqaroligim yoʻq
cit-hidden = Aytishni istamayman

# a case on none of the topics; a person abroad or not sure where they are
topic-other = ❓ Boshqa
region-outside = 🌍 Qozogʻistonda emasman
region-unknown = ❔ Bilmayman
