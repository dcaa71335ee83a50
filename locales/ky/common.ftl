# translation: draft (no native review yet)
lang-name = Кыргызча
lang-chosen = Тил: кыргызча.
lang-incomplete = Айрым тексттер азырынча кыргыз тилине которула элек, ошондуктан орус тилинде көрсөтүлөт.
kb-fallback-notice = ℹ️ Бул макала азырынча кыргыз тилине которула элек. Бул жерде ал башка тилде берилди.
