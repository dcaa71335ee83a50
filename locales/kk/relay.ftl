# translation: draft (no native review yet)
relay-from-lawyer = 👩‍⚖️ <b>{ $name }</b> · іс { $ref }
relay-from-client = 💬 <b>Клиент</b> · іс { $ref }
relay-sent-to-lawyer = 📨 Заңгеріңізге жіберілді (іс { $ref }).
relay-sent-to-client = 📨 Клиентке жеткізілді (іс { $ref }).
relay-added-waiting = 📝 <b>{ $ref }</b> ісіңізге қосылды. Бұл істі әлі ешбір заңгер алған жоқ. Заңгер алған бойда сізге осы жерде хабарлаймыз.
relay-blocked = ⚠️ Жеткізілмеді: екінші тарап ботты бұғаттап тастаған. Хабарламаңыз { $ref } ісінде сақталды.
relay-unsupported = Мен тек мәтінді, суретті және құжаттарды жеткізе аламын. Хабарламаңызды осылардың бірі түрінде жіберіңіз.
client-claimed = 👩‍⚖️ Заңгер <b>{ $ref }</b> ісіңізді алды. Енді мұнда жазғаныңыздың бәрі заңгерге жетеді.
client-case-closed = ✅ Заңгер <b>{ $ref }</b> ісіңізді жапты. Мәселеңіз шешілді ме?
client-transferred = ℹ️ <b>{ $ref }</b> ісіңіз басқа заңгерге берілді. Осы жерге жаза беріңіз.
client-released = ℹ️ <b>{ $ref }</b> ісіңіз басқа заңгерді күтіп тұр. Заңгер істі алғанда, осы жерде хабарлаймыз.
relay-queued = ⏳ Telegram қазір жауап бермей тұр. Хабарламаңыз { $ref } ісінде сақталды және автоматты түрде жіберіледі.
relay-redelivered = ✅ { $ref } ісі бойынша бұрынғы хабарламаңыз енді жеткізілді.
relay-given-up = ❌ { $ref } ісі бойынша хабарламаңызды жеткізу мүмкін болмады: Telegram бірнеше сағат бойы жауап бермеді. Оны қайта жіберіңізші.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = 📋 Нәтиже: { $outcome }
