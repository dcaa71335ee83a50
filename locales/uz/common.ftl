# translation: draft (no native review yet)
lang-name = Oʻzbekcha
lang-chosen = Til: oʻzbekcha.
lang-incomplete = Baʼzi matnlar hali oʻzbek tiliga tarjima qilinmagan, shuning uchun rus tilida koʻrsatiladi.
kb-fallback-notice = ℹ️ Bu maqola hali oʻzbek tiliga tarjima qilinmagan. Mana u boshqa tilda.
