# translation: draft (no native review yet)
mycases-title = 📂 <b>Парвандаҳои шумо</b>
mycases-none = Шумо ҳанӯз парванда надоред. Барои пурсидан аз ҳуқуқшинос /menu-ро кушоед ва «Аз ҳуқуқшинос пурсед»-ро пахш кунед.
mycases-item = { $ref } · { $status } · { $topic }
mycases-case =
    📂 <b>Парвандаи { $ref }</b>
    Ҳолат: { $status }
    Кушода шуд: { $date }
status-new = ҳуқуқшиносро интизор аст
status-claimed = ҳуқуқшинос дар болои он кор мекунад
status-closed = пӯшида
btn-add-info = ✍️ Илова кардани маълумот
btn-withdraw = 🗑 Бозпас гирифтани дархост
btn-withdraw-yes = 🗑 Ҳа, бозпас гирам
mycases-withdraw-confirm = Парвандаи <b>{ $ref }</b>-ро бозпас мегиред? Ба ҳуқуқшинос хабар дода мешавад ва парванда пӯшида мешавад.
mycases-withdrawn = Парвандаи <b>{ $ref }</b> бозпас гирифта шуд. Агар боз ёрӣ лозим шавад, /menu фиристед.
mycases-writing = ✍️ Ҳозир нависед: паёмҳои шумо ба парвандаи <b>{ $ref }</b> мераванд.
mycases-left = Шумо аз чат бо ҳуқуқшинос баромадед. Парвандаи шумо кушода мемонад; /mycases шуморо ба он бармегардонад.
btn-leave-case = 🚪 Баромадан аз чат бо ҳуқуқшинос
btn-my-cases = 📂 Парвандаҳои ман
btn-solved-yes = 👍 Ҳа, ҳал шуд
btn-solved-no = 👎 Ҳал нашуд
rating-ask = Ёрии гирифтаатонро чӣ тавр баҳо медиҳед? (1 = бад, 5 = аъло)
rating-thanks = Ташаккур! Ҷавоби шумо ба мо барои беҳтар шудан кӯмак мекунад.

# after "not solved" and a rating: open the same case again, or a new request
btn-reopen = 🔁 Муроҷиатро боз кушодан
btn-ask-again = ❓ Боз аз ҳуқуқшинос пурсидан
mycases-reopened = 🔁 Муроҷиати { $ref } боз кушода шуд. Онро ҳуқуқшиноси навбатдор мегирад; чизи навро ҳамин ҷо нависед.
