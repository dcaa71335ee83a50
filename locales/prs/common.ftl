# translation: draft (no native review yet)
lang-name = دری
lang-chosen = زبان: دری.
lang-incomplete = برخی از متن‌ها هنوز به دری ترجمه نشده‌اند و به زبان روسی نمایش داده می‌شوند.
kb-fallback-notice = ℹ️ این مقاله هنوز به دری ترجمه نشده است. در اینجا آن را به زبان دیگری می‌بینید.
