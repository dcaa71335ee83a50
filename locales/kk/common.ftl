# translation: draft (no native review yet)
lang-name = Қазақша
lang-chosen = Тіл: қазақша.
lang-incomplete = Кейбір мәтіндер әлі қазақ тіліне аударылмаған, сондықтан орыс тілінде көрсетіледі.
kb-fallback-notice = ℹ️ Бұл мақала әлі қазақ тіліне аударылмаған. Мұнда ол басқа тілде берілген.
