# Статистика, коды исхода при закрытии и обезличенная выгрузка (админы, координаторы, юристы).

## Команды, для меню команд и /help

## /stats
stats-title = 📊 <b>Статистика</b> { $period }
stats-period-all = за всё время
stats-period-since = с { $date }
stats-since-invalid = ⚠️ Не понял дату. Напишите так: /stats 2026-11-01 или /stats 01.11.2026
stats-cases = Дел: <b>{ $total }</b> · открыто { $open } · открыто повторно { $reopened }
stats-by-status = По статусу: { $items }
stats-by-priority = По приоритету: { $items }
stats-by-topic = По темам: { $items }
stats-by-region = По регионам: { $items }
stats-by-language = По языкам: { $items }
stats-by-outcome = По исходу: { $items }
stats-status-new = ждут
stats-status-claimed = у юриста
stats-status-closed = закрыты
stats-unknown = не указано
stats-times = ⏱ <b>Сроки</b> (медиана / 90% дел укладываются)
stats-time-claim = до взятия в работу: { $median } / { $p90 } (дел: { $count })
stats-time-reply = до первого ответа юриста: { $median } / { $p90 } (дел: { $count })
stats-time-close = до закрытия: { $median } / { $p90 } (дел: { $count })
stats-minutes = { $n } мин
stats-hours = { $n } ч
stats-days = { $n } дн.
stats-sla = ✅ <b>Ответ в обещанный срок</b>, по приоритету: { $items }
stats-sla-topic = по темам: { $items }
stats-sla-lawyer = по юристам: { $items }
stats-backlog = 📥 <b>Открытые дела по давности</b>: до 1 дня { $b0 } · 1–3 дня { $b1 } · 3–7 дней { $b2 } · больше 7 дней { $b3 }
stats-oldest = Дольше всех ждёт: { $ref }, { $age }
stats-oldest-none = Никто не ждёт юриста.
stats-satisfaction = ⭐ <b>Оценка</b>: { $average } из 5 (оценок: { $count }) · вопрос решён: да { $yes }, нет { $no }
stats-followup = 🔁 <b>Вопрос после консультации</b> («вопрос решён?»): да { $yes }, нет { $no }
stats-votes = 👍 { $up } · 👎 { $down } у статей; чаще всего не понравились: { $items }
stats-gaps = ❓ <b>Вопросы без ответа</b> (90 дней): { $items }
stats-users = 👥 <b>Пользователи по языкам</b>: { $items }
stats-trend = 📈 <b>Последние 7 дней</b> (новые / закрытые): { $items }
stats-chart-caption = Слева: новые (тёмно-синие) и закрытые (голубые) дела по дням за последние 7 дней. Справа: открытые дела по тому, сколько дней они открыты.

## /export
stats-export-caption = 🔒 Обезличенная выгрузка: дел { $rows }, каждое сочетание месяца, темы, региона, гражданства и языка есть минимум у { $k } дел. Обобщено строк: { $generalised }, скрыто: { $suppressed }, не включено: { $left }. Без имён, телефонов, текстов, Telegram id и точных дат.
stats-export-empty = Выгружать пока нечего (дел в базе: { $cases } — слишком мало, чтобы никого нельзя было узнать).

## Коды исхода при закрытии (отчётность юридической помощи)
outcome-group-referred = ➡️ Направлен…
outcome-group-declined = ✋ Отказано…
case-close-referred = Дело <b>{ $ref }</b>: в какую организацию направлен клиент?
case-close-declined = Дело <b>{ $ref }</b>: почему отказано?
outcome-referred_state = Направлен в госорган
outcome-referred_ngo = Направлен в НКО
outcome-referred_unhcr = Направлен в УВКБ ООН или к его партнёру
outcome-referred_lawyer = Направлен к другому адвокату или в коллегию
outcome-referred_social = Направлен в медицинскую или социальную службу
outcome-referred_other = Направлен в другую организацию
outcome-declined_scope = Отказано: вне нашей компетенции
outcome-declined_conflict = Отказано: конфликт интересов
outcome-declined_capacity = Отказано: нет возможности взять
outcome-withdrawn = Отозвано клиентом
outcome-erased = Закрыто: данные клиента удалены
