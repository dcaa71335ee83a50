# translation: draft (no native review yet)
relay-from-lawyer = 👩‍⚖️ <b>{ $name }</b> · murojaat { $ref }
relay-from-client = 💬 <b>Mijoz</b> · murojaat { $ref }
relay-sent-to-lawyer = 📨 Yuristingizga yuborildi ({ $ref } murojaati).
relay-sent-to-client = 📨 Mijozga yetkazildi ({ $ref } murojaati).
relay-added-waiting = 📝 <b>{ $ref }</b> murojaatingizga qoʻshildi. Uni hali hech bir yurist olmagan; yurist olishi bilanoq shu yerda xabar beramiz.
relay-blocked = ⚠️ Yetkazilmadi: ikkinchi tomon botni bloklagan. Xabaringiz { $ref } murojaatida saqlandi.
relay-unsupported = Men faqat matn, surat va hujjatlarni yetkaza olaman. Iltimos, xabaringizni shulardan biri koʻrinishida yuboring.
client-claimed = 👩‍⚖️ Yurist <b>{ $ref }</b> murojaatingizni oldi. Endi bu yerga yozgan hamma narsangiz unga boradi.
client-case-closed = ✅ Yurist <b>{ $ref }</b> murojaatingizni yopdi. Muammoingiz hal boʻldimi?
client-transferred = ℹ️ <b>{ $ref }</b> murojaatingiz boshqa yuristga berildi. Shu yerda yozishda davom eting.
client-released = ℹ️ <b>{ $ref }</b> murojaatingiz boshqa yuristni kutmoqda. Yurist olganda shu yerda xabar beramiz.
relay-queued = ⏳ Telegram hozir javob bermayapti. Xabaringiz { $ref } murojaatida saqlandi va avtomatik yuboriladi.
relay-redelivered = ✅ { $ref } murojaatidagi avvalgi xabaringiz endi yetkazildi.
relay-given-up = ❌ { $ref } murojaatidagi xabaringizni yetkazib bo‘lmadi: Telegram bir necha soat javob bermadi. Iltimos, uni qayta yuboring.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = 📋 Natija: { $outcome }
