# translation: draft (no native review yet)
relay-from-lawyer = ‏👩‍⚖️ <b>{ $name }</b> · القضية { $ref }
relay-from-client = ‏💬 <b>العميل</b> · القضية { $ref }
relay-sent-to-lawyer = ‏📨 أُرسلت إلى محاميك (القضية { $ref }).
relay-sent-to-client = ‏📨 وصلت إلى العميل (القضية { $ref }).
relay-added-waiting = ‏📝 أُضيفت إلى قضيتك <b>{ $ref }</b>. لم يتولَّها أي محامٍ بعد؛ سنخبرك هنا فور أن يتولّاها أحد.
relay-blocked = ‏⚠️ لم تصل الرسالة: الطرف الآخر حظر البوت. رسالتك محفوظة في القضية { $ref }.
relay-unsupported = أستطيع أن أنقل النصوص والصور والمستندات فقط. يُرجى إرسال رسالتك بأحد هذه الأشكال.
client-claimed = ‏👩‍⚖️ تولّى محامٍ قضيتك <b>{ $ref }</b>. كل ما تكتبه هنا الآن يصل إليه.
client-case-closed = ‏✅ أغلق المحامي قضيتك <b>{ $ref }</b>. هل حُلّت مشكلتك؟
client-transferred = ‏ℹ️ نُقلت قضيتك <b>{ $ref }</b> إلى محامٍ آخر. تابع الكتابة هنا.
client-released = ‏ℹ️ قضيتك <b>{ $ref }</b> تنتظر محاميًا آخر. سنخبرك هنا عندما يتولّاها أحد.
relay-queued = ‏⏳ تيليغرام لا يستجيب الآن. رسالتك محفوظة في القضية { $ref } وستُرسل تلقائيًا.
relay-redelivered = ‏✅ وصلت الآن رسالتك السابقة في القضية { $ref }.
relay-given-up = ‏❌ تعذّر إيصال رسالتك في القضية { $ref }: ظلّ تيليغرام لا يستجيب لعدة ساعات. يُرجى إرسالها مرة أخرى.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = ‏📋 النتيجة: { $outcome }
