# translation: draft (no native review yet)
lang-name = Тоҷикӣ
lang-chosen = Забон: тоҷикӣ.
lang-incomplete = Баъзе матнҳо ҳанӯз ба забони тоҷикӣ тарҷума нашудаанд ва бо забони русӣ нишон дода мешаванд.
kb-fallback-notice = ℹ️ Ин мақола ҳанӯз ба забони тоҷикӣ тарҷума нашудааст. Инак, он бо забони дигар.
