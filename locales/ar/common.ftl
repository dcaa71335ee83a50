# translation: draft (no native review yet)
lang-name = العربية
lang-chosen = اللغة: العربية.
lang-incomplete = بعض النصوص لم تُترجم إلى العربية بعد، وتُعرض باللغة الروسية.
kb-fallback-notice = ℹ️ هذه المقالة لم تُترجم إلى العربية بعد. إليك نصها بلغة أخرى.
