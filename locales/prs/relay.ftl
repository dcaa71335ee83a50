# translation: draft (no native review yet)
relay-from-lawyer = ‏👩‍⚖️ <b>{ $name }</b> · دوسیهٔ { $ref }
relay-from-client = ‏💬 <b>مراجع</b> · دوسیهٔ { $ref }
relay-sent-to-lawyer = ‏📨 به وکیل شما فرستاده شد (دوسیهٔ { $ref }).
relay-sent-to-client = ‏📨 به مراجع رسید (دوسیهٔ { $ref }).
relay-added-waiting = ‏📝 به دوسیهٔ شما <b>{ $ref }</b> اضافه شد. هنوز هیچ وکیلی آن را نگرفته است؛ همین که یک وکیل آن را بگیرد، همین‌جا به شما خبر می‌دهیم.
relay-blocked = ‏⚠️ نرسید: طرف مقابل بات را بلاک کرده است. پیام شما در دوسیهٔ { $ref } ثبت شده است.
relay-unsupported = من تنها متن، عکس و اسناد را رسانده می‌توانم. لطفاً پیام خود را به یکی از این شکل‌ها بفرستید.
client-claimed = ‏👩‍⚖️ یک وکیل دوسیهٔ شما <b>{ $ref }</b> را گرفت. هر چیزی که حالا اینجا بنویسید به او می‌رسد.
client-case-closed = ‏✅ وکیل دوسیهٔ شما <b>{ $ref }</b> را بست. آیا مشکل شما حل شد؟
client-transferred = ‏ℹ️ دوسیهٔ شما <b>{ $ref }</b> به وکیل دیگری سپرده شد. همین‌جا به نوشتن ادامه دهید.
client-released = ‏ℹ️ دوسیهٔ شما <b>{ $ref }</b> منتظر وکیل دیگری است. وقتی یک وکیل آن را بگیرد، همین‌جا به شما خبر می‌دهیم.
relay-queued = ‏⏳ تلگرام همین حالا جواب نمی‌دهد. پیام شما در دوسیهٔ { $ref } ثبت شده و به طور خودکار فرستاده می‌شود.
relay-redelivered = ‏✅ پیام قبلی شما در دوسیهٔ { $ref } حالا رسید.
relay-given-up = ‏❌ پیام شما در دوسیهٔ { $ref } نرسید: تلگرام چند ساعت جواب نداد. لطفاً آن را دوباره بفرستید.

# above "your case was closed": what the lawyer recorded, in the client's language
client-outcome = ‏📋 نتیجه: { $outcome }
