# translation: draft, needs native review
cmd-reminders = Eslatmalarim
cmd-leave = Sanagacha taʼtil
timers-btn-list = ⏰ Eslatmalarim
timers-btn-new = ➕ Yangi eslatma
timers-btn-set = ⏰ Menga eslat
timers-btn-tax = 💳 Ruxsatnoma solig‘i, har oy
timers-btn-stay = 🪪 Ro‘yxat yoki turish muddati tugaydi
timers-btn-court = ⚖️ Sud yoki shikoyat muddati
timers-list-title =
    ⏰ <b>Sizning eslatmalaringiz</b>

    Bekor qilish uchun eslatmani bosing.
timers-list-empty =
    ⏰ Sizda eslatma yo‘q.

    Men ruxsatnoma solig‘ini har oyning tanlangan kunida yoki muddatni 3 kun va 1 kun oldin eslatishim mumkin.
timers-choose = ⏰ Nima haqida eslatay?
timers-tax-about = 💳 Mehnat immigrantiga ruxsatnomaning daromad solig‘i oldindan, ruxsatnomaning har bir oyi uchun, ruxsatnoma berilishidan yoki uzaytirilishidan oldin to‘lanadi.
timers-ask-day = Har oyning qaysi kunida eslatay? Men Qozog‘iston vaqti bilan soat 09:00 da yozaman.
timers-ask-date-stay = 🪪 Ro‘yxat yoki ruxsat etilgan turish muddati tugaydigan kunni yozing, masalan { $example }. 3 kun va 1 kun oldin, soat 09:00 da eslataman.
timers-ask-date-court = ⚖️ Sud kunini yoki shikoyat berishning oxirgi kunini yozing, masalan { $example }. 3 kun va 1 kun oldin, soat 09:00 da eslataman.
timers-date-invalid = Hali o‘tmagan kunni o‘qiy olmadim. Shunday yozing: { $example }, yoki /menu ni bosing.
timers-set-tax = ✅ Tayyor: har oyning { $day }-kuni soat 09:00 da eslataman.
timers-set-date = ✅ Tayyor: { $date } dan 3 kun va 1 kun oldin, soat 09:00 da eslataman.
timers-case-set = ⏰ Muddatingizni, { $date }, 3 kun va 1 kun oldin eslataman. /reminders ga qarang.
timers-cancelled = ✅ Bekor qilindi: { $what }.
timers-item-tax = Ruxsatnoma solig‘i · har oyning { $day }-kuni
timers-item-stay = Ro‘yxat yoki turish muddati · { $date }
timers-item-court = Sud yoki shikoyat · { $date }
timers-item-case = Murojaatingiz muddati · { $date }
timers-remind-tax =
    ⏰ <b>Eslatma: ruxsatnoma solig‘i</b>

    Mehnat immigrantiga ruxsatnomaning daromad solig‘i oldindan, ruxsatnomaning har bir oyi uchun, ruxsatnoma berilishidan yoki uzaytirilishidan oldin to‘lanadi. Ruxsatnomangiz tez orada tugasa, avval yangi oylar uchun to‘lang, keyin uzaytirishga ariza bering. Barcha kvitansiyalarni saqlang.
timers-remind-stay =
    ⏰ <b>Eslatma</b>

    Ro‘yxatingiz yoki ruxsat etilgan turish muddatingiz { $date } tugaydi ({ $days ->
        [0] bugun
        [1] ertaga
       *[other] { $days } kundan keyin
    }).
timers-remind-court =
    ⏰ <b>Eslatma</b>

    Sud yoki shikoyat berishning oxirgi kuni — { $date } ({ $days ->
        [0] bugun
        [1] ertaga
       *[other] { $days } kundan keyin
    }).
timers-remind-case =
    ⏰ <b>Eslatma</b>

    Murojaatingizda ko‘rsatgan muddat — { $date } ({ $days ->
        [0] bugun
        [1] ertaga
       *[other] { $days } kundan keyin
    }). Yuristga yozish uchun /mycases ni oching.
timers-leave-how = 🌴 /leave va ta’tilning oxirgi kunini yuboring, masalan /leave { $example }. O‘sha kungacha navbatchilikda bo‘lmaysiz, ertasi kuni soat 09:00 da yana navbatchilikdasiz. Ertaroq qaytish uchun /duty yuboring.
timers-leave-set = 🌴 Siz { $date } gacha ta’tildasiz: navbatchilikda emassiz, yangi ishlar kelmaydi. Ertasi kuni soat 09:00 da yana navbatchilikdasiz; ertaroq qaytish uchun /duty yuboring.
timers-leave-over = 🟢 Ta’til tugadi: siz yana navbatchilikdasiz. Navbatchilikdan chiqish uchun /duty yuboring.
timers-silent-remind = ⏰ { $ref } ishi: mijoz sizdan hali javob olmadi. Unga yozing yoki boshqa yurist olishi uchun ishni bo‘shating.
timers-silent-taken = ↩️ { $ref } ishi bo‘yicha vaqtida javob bermadingiz, shuning uchun u boshqa yurist uchun navbatga qaytdi.
timers-silent-coordinators = ↩️ { $ref } ishi navbatga qaytdi: uni olgan yurist vaqtida javob bermadi.
timers-silent-client = Sizning { $ref } murojaatingiz: uni olgan yurist vaqtida javob bera olmadi. Murojaat yana navbatda, uni boshqa yurist oladi. Qayta yozish shart emas.
timers-followup-ask = Yurist sizga { $ref } murojaatingiz bo‘yicha maslahat berdi. Muammoingiz hal bo‘ldimi?
timers-btn-followup-yes = ✅ Ha, hal bo‘ldi
timers-btn-followup-no = ❌ Yo‘q
timers-followup-thanks = Rahmat! Muammo hal bo‘lganidan xursandmiz.
timers-followup-sorry = Muammo hal bo‘lmagani uchun afsusdamiz. Murojaatni qayta ochishingiz yoki yuristdan yana so‘rashingiz mumkin.
timers-editors-title = 📝 <b>Muharrirlar uchun haftalik sharh</b>
timers-editors-reviews = Tekshiruv muddati o‘tgan maqolalar: { $count }
timers-editors-gaps = Haftaning yaxshi javobi yo‘q ko‘p savollari: { $count }

# ishdagi murojaat: mijozi kutayotgan yurist; jim qolgan mijoz
timers-waiting-remind = ⏰ { $ref } ishi: mijozingiz yana yozdi va javobingizni kutmoqda.
timers-nudge-client = ✍️ Sizning { $ref } murojaatingiz: yurist sizga javob berdi va javobingizni kutmoqda. Imkoningiz bo‘lganda shu yerga yozing. Agar { $date } gacha hech narsa olmasak, murojaat yopiladi (shunchaki yozib, uni qayta ochishingiz mumkin).
timers-btn-answer = ✍️ Yuristga javob berish
timers-noresponse-client = Sizdan javob olmaganimiz uchun { $ref } murojaatingiz yopildi. Yordam hali kerak bo‘lsa, { $date } gacha shu yerga yozing: murojaat xabaringiz bilan birga qayta ochiladi.
timers-btn-no-longer = ✅ Yordam endi kerak emas
timers-noresponse-left = Tushunarli, murojaat yopiq qoladi. Endi xabarlaringiz maqolalarimizdan qidiruv bo‘ladi; yuristga yana murojaat qilish uchun /menu ni oching.
timers-noresponse-lawyer = 🔕 { $ref } ishi «javob yo‘q» natijasi bilan yopildi: mijoz eslatmadan keyin { $days } kun ichida javob bermadi. Agar u yozsa, ish navbatga qaytadi.
timers-noresponse-reopened = 🔁 Sizning { $ref } murojaatingiz qayta ochildi. Xabaringiz unda, uni navbatchi yurist oladi.
