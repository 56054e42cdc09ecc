"""Kreis Unna's "Datenschutzrechtliche Einwilligungserklärung und Entbindung von der
Schweigepflicht" for the referral to supporters, in German and eleven translations. Pure data:
``demo.profiles.kreis_unna`` declares it and the seed writes it
(``cases.services.consent_texts_write``).

What it says comes from seed 004 (the practice concept, the passage on the referral): a person
interested in support from the named actors in organising a voluntary departure signs the
declaration; the foreigners' authority then passes their personal data, contact data and
status under residence law to the Kommunales Integrationszentrum (KI), which gets in touch with
welfare organisations and volunteers at the person's place of residence to establish contact.
The rest is what the portal does with the data: stored encrypted, deleted on schedule, deleted
at once when the person withdraws, which they may do at any time. The seed names no place to
withdraw at, so the text names none.

Each translation follows the German text sentence by sentence and opens with the note that the
German text alone binds (``cases.consent_translations.NOTE_PARAGRAPHS``); none has been
reviewed by a native speaker (locale/README.md).
"""
# ruff: noqa: E501, RUF001 - paragraphs stay on one line each; quotation marks are the language's own

import datetime

from cases.consent_translations import NOTES
from cases.models import ConsentPurpose

VERSION = "2026-01"
VALID_FROM = datetime.date(2026, 1, 1)

TITLE = "Datenschutzrechtliche Einwilligungserklärung und Entbindung von der Schweigepflicht"
PARAGRAPHS = [
    "Ich habe Interesse an einer Unterstützung durch Wohlfahrtsverbände oder ehrenamtlich Unterstützende bei der Organisation einer freiwilligen Ausreise. Dafür bin ich damit einverstanden, dass die Ausländerbehörde des Kreises Unna meine persönlichen Daten, meine Kontaktdaten und meinen ausländerrechtlichen Status an das Kommunale Integrationszentrum (KI) des Kreises Unna weitergibt.",
    "Das Kommunale Integrationszentrum setzt sich mit Wohlfahrtsverbänden und ehrenamtlich Unterstützenden an meinem Wohnort in Verbindung, um einen Kontakt zu mir herzustellen.",
    "Ich entbinde die Ausländerbehörde und das Kommunale Integrationszentrum von der Schweigepflicht, soweit das für diese Weitergabe und für die Herstellung des Kontakts nötig ist.",
    "Meine Angaben werden verschlüsselt gespeichert und nach Ablauf der festgelegten Frist gelöscht. Ich kann diese Einwilligung jederzeit ohne Angabe von Gründen widerrufen; dann werden meine Angaben sofort gelöscht. Der Widerruf gilt für die Zukunft.",
    "Ich habe diese Erklärung gelesen oder sie wurde mir in einer Sprache erklärt, die ich verstehe.",
]

TRANSLATIONS = {
    "en": {
        "note": NOTES["en"],
        "title": "Data protection consent and release from confidentiality",
        "paragraphs": [
            "I am interested in support from welfare associations or volunteers in organising a voluntary departure. For this, I agree that the foreigners' authority of the district of Unna (Kreis Unna) passes on my personal data, my contact details and my status under residence law to the municipal integration centre (Kommunales Integrationszentrum, KI) of the district of Unna.",
            "The municipal integration centre gets in touch with welfare associations and volunteers at my place of residence in order to establish contact with me.",
            "I release the foreigners' authority and the municipal integration centre from their duty of confidentiality, as far as this is necessary for passing on my data and for establishing the contact.",
            "My details are stored encrypted and deleted when the set period has expired. I can withdraw this consent at any time, without giving reasons; my details are then deleted immediately. The withdrawal applies to the future.",
            "I have read this declaration, or it was explained to me in a language I understand.",
        ],
    },
    "ar": {
        "note": NOTES["ar"],
        "title": "الموافقة المتعلقة بحماية البيانات والإعفاء من واجب الحفاظ على السرية",
        "paragraphs": [
            "أنا مهتم أو مهتمة بالحصول على دعم من جمعيات الرعاية الاجتماعية أو من متطوعين في تنظيم مغادرة طوعية. ولهذا أوافق على أن تنقل دائرة الأجانب في مقاطعة أونا (Kreis Unna) بياناتي الشخصية وبيانات الاتصال بي ووضعي بموجب قانون الإقامة إلى مركز الاندماج البلدي (Kommunales Integrationszentrum, KI) في مقاطعة أونا.",
            "يتواصل مركز الاندماج البلدي مع جمعيات الرعاية الاجتماعية والمتطوعين في مكان سكني، من أجل إقامة تواصل معي.",
            "أُعفي دائرة الأجانب ومركز الاندماج البلدي من واجب الحفاظ على السرية، بالقدر اللازم لنقل بياناتي هذا ولإقامة التواصل.",
            "تُحفظ بياناتي مشفّرة وتُحذف عند انقضاء المدة المحددة. ويمكنني سحب هذه الموافقة في أي وقت ودون ذكر أسباب؛ وعندئذ تُحذف بياناتي فورًا. ويسري السحب على المستقبل.",
            "لقد قرأت هذا الإقرار أو شُرح لي بلغة أفهمها.",
        ],
    },
    "fa": {
        "note": NOTES["fa"],
        "title": "رضایت‌نامه حفاظت از داده‌ها و معافیت از تعهد رازداری",
        "paragraphs": [
            "علاقه‌مندم که سازمان‌های رفاهی یا داوطلبان در سازماندهی یک خروج داوطلبانه از من پشتیبانی کنند. برای این منظور موافقم که اداره اتباع خارجی شهرستان اونا (Kreis Unna) اطلاعات شخصی، اطلاعات تماس و وضعیت اقامتی من را به مرکز ادغام شهرداری (Kommunales Integrationszentrum, KI) شهرستان اونا بفرستد.",
            "مرکز ادغام شهرداری با سازمان‌های رفاهی و داوطلبان در محل سکونت من تماس می‌گیرد تا ارتباطی با من برقرار شود.",
            "اداره اتباع خارجی و مرکز ادغام شهرداری را تا حدی که برای این فرستادن اطلاعات و برقراری ارتباط لازم است، از تعهد رازداری معاف می‌کنم.",
            "اطلاعات من به‌صورت رمزگذاری‌شده ذخیره و پس از پایان مهلت تعیین‌شده حذف می‌شود. می‌توانم این رضایت را هر زمان و بدون ذکر دلیل پس بگیرم؛ در این صورت اطلاعات من فوراً حذف می‌شود. پس گرفتن رضایت برای آینده اعتبار دارد.",
            "این اظهارنامه را خوانده‌ام یا به زبانی که می‌فهمم برایم توضیح داده شده است.",
        ],
    },
    "ps": {
        "note": NOTES["ps"],
        "title": "د معلوماتو د ساتنې په اړه رضایت او د رازساتنې له مکلفیت څخه معافیت",
        "paragraphs": [
            "زه لېوالتیا لرم چې د داوطلبانه وتلو په تنظیم کې د خیریه ټولنو یا رضاکارانو ملاتړ ترلاسه کړم. د دې لپاره زه موافق یم چې د اونا ولسوالۍ (Kreis Unna) د بهرنیانو اداره زما شخصي معلومات، د اړیکې معلومات او د استوګنې د قانون له مخې زما حالت د اونا ولسوالۍ د ښاروالۍ د ادغام مرکز (Kommunales Integrationszentrum, KI) ته ولېږي.",
            "د ښاروالۍ د ادغام مرکز زما د اوسېدو په ځای کې له خیریه ټولنو او رضاکارانو سره اړیکه نیسي، څو له ما سره اړیکه ټینګه شي.",
            "زه د بهرنیانو اداره او د ښاروالۍ د ادغام مرکز د رازساتنې له مکلفیت څخه تر هغه حده معاف کوم چې د دې معلوماتو د لېږلو او د اړیکې د ټینګولو لپاره اړین وي.",
            "زما معلومات کوډ شوي ساتل کېږي او د ټاکلې مودې له پای ته رسېدو وروسته له منځه وړل کېږي. زه کولی شم دا رضایت هر وخت، پرته له دې چې دلیل ووایم، بېرته واخلم؛ بیا زما معلومات سمدستي له منځه وړل کېږي. بېرته اخیستل د راتلونکي لپاره اعتبار لري.",
            "ما دا اعلامیه لوستې ده یا ماته په داسې ژبه تشریح شوې ده چې زه پرې پوهېږم.",
        ],
    },
    "kmr": {
        "note": NOTES["kmr"],
        "title": "Razîbûna li ser parastina daneyan û azadkirin ji erka parastina nehêniyê",
        "paragraphs": [
            "Ez dixwazim ku komeleyên xêrxwaziyê an dilxwaz di organîzekirina derketineke dilxwazî de piştgiriya min bikin. Ji bo vê yekê ez razî me ku Daîreya Biyaniyan a Navçeya Unna (Kreis Unna) agahiyên min ên kesane, agahiyên min ên têkiliyê û rewşa min a li gorî qanûna rûniştinê bişîne Navenda Entegrasyonê ya Şaredariyê (Kommunales Integrationszentrum, KI) ya Navçeya Unna.",
            "Navenda Entegrasyonê ya Şaredariyê bi komeleyên xêrxwaziyê û dilxwazên li cihê niştecihbûna min re têkilî datîne, da ku têkiliyek bi min re çêbibe.",
            "Ez Daîreya Biyaniyan û Navenda Entegrasyonê ya Şaredariyê ji erka parastina nehêniyê azad dikim, heta ku ji bo vê şandina agahiyan û ji bo çêkirina têkiliyê pêwîst be.",
            "Agahiyên min bi şîfrekirî têne tomarkirin û piştî ku dema diyarkirî qediya têne jêbirin. Ez dikarim vê razîbûnê her dem, bêyî ku sedemekê bidim, paşde bistînim; wê demê agahiyên min yekser têne jêbirin. Paşdestandin ji bo pêşerojê derbasdar e.",
            "Min ev daxuyanî xwend an jî ew bi zimanekî ku ez fêm dikim ji min re hat ravekirin.",
        ],
    },
    "ckb": {
        "note": NOTES["ckb"],
        "title": "ڕەزامەندی دەربارەی پاراستنی زانیارییەکان و ئازادکردن لە ئەرکی پاراستنی نهێنی",
        "paragraphs": [
            "حەز دەکەم ڕێکخراوە خێرخوازییەکان یان خۆبەخشان لە ڕێکخستنی جێهێشتنی خۆبەخشانەی وڵاتدا پشتگیریم بکەن. بۆ ئەم مەبەستە ڕازیم کە فەرمانگەی بیانییانی قەزای ئونا (Kreis Unna) زانیارییە کەسییەکانم، زانیارییەکانی پەیوەندیکردن پێمەوە و دۆخەکەم بەپێی یاسای مانەوە بنێرێت بۆ ناوەندی تێکەڵبوونی شارەوانی (Kommunales Integrationszentrum, KI)ی قەزای ئونا.",
            "ناوەندی تێکەڵبوونی شارەوانی پەیوەندی بە ڕێکخراوە خێرخوازییەکان و خۆبەخشانی شوێنی نیشتەجێبوونمەوە دەکات، بۆ ئەوەی پەیوەندییەک لەگەڵ مندا دروست بێت.",
            "فەرمانگەی بیانییان و ناوەندی تێکەڵبوونی شارەوانی لە ئەرکی پاراستنی نهێنی ئازاد دەکەم، تا ئەو ڕادەیەی بۆ ئەم ناردنی زانیارییانە و بۆ دروستکردنی پەیوەندییەکە پێویستە.",
            "زانیارییەکانم بە شێوەی کۆدکراو هەڵدەگیرێن و دوای تەواوبوونی ماوەی دیاریکراو دەسڕدرێنەوە. دەتوانم هەر کاتێک، بێ ئەوەی هۆکار بڵێم، ئەم ڕەزامەندییە بکشێنمەوە؛ ئەوسا زانیارییەکانم یەکسەر دەسڕدرێنەوە. کشاندنەوەکە بۆ داهاتوو کاریگەرە.",
            "ئەم ڕاگەیاندنەم خوێندووەتەوە، یان بە زمانێک کە تێیدەگەم بۆم ڕوون کراوەتەوە.",
        ],
    },
    "tr": {
        "note": NOTES["tr"],
        "title": "Veri korumaya ilişkin onay ve sır saklama yükümlülüğünden muafiyet",
        "paragraphs": [
            "Gönüllü olarak ülkeden ayrılmamın organize edilmesinde refah kuruluşlarından veya gönüllülerden destek almak istiyorum. Bu amaçla Unna İlçesi (Kreis Unna) Yabancılar Dairesi'nin kişisel bilgilerimi, iletişim bilgilerimi ve yabancılar hukuku bakımından durumumu Unna İlçesi'nin Belediye Uyum Merkezi'ne (Kommunales Integrationszentrum, KI) iletmesine onay veriyorum.",
            "Belediye Uyum Merkezi, benimle bir bağlantı kurulması için oturduğum yerdeki refah kuruluşları ve gönüllülerle iletişime geçer.",
            "Yabancılar Dairesi'ni ve Belediye Uyum Merkezi'ni, bu bilgi aktarımı ve bağlantının kurulması için gerekli olduğu ölçüde sır saklama yükümlülüğünden muaf tutuyorum.",
            "Bilgilerim şifrelenmiş olarak saklanır ve belirlenen süre dolduğunda silinir. Bu onayı istediğim zaman, gerekçe göstermeden geri alabilirim; bu durumda bilgilerim hemen silinir. Geri alma ileriye dönük olarak geçerlidir.",
            "Bu beyanı okudum ya da bana anladığım bir dilde açıklandı.",
        ],
    },
    "ru": {
        "note": NOTES["ru"],
        "title": "Согласие на обработку персональных данных и освобождение от обязанности хранить тайну",
        "paragraphs": [
            "Я заинтересован (заинтересована) в поддержке со стороны благотворительных объединений или волонтёров в организации добровольного выезда. Для этого я согласен (согласна) с тем, что ведомство по делам иностранцев района Унна (Kreis Unna) передаст мои персональные данные, мои контактные данные и мой статус по праву пребывания иностранцев в Муниципальный центр интеграции (Kommunales Integrationszentrum, KI) района Унна.",
            "Муниципальный центр интеграции связывается с благотворительными объединениями и волонтёрами по месту моего жительства, чтобы установить со мной контакт.",
            "Я освобождаю ведомство по делам иностранцев и Муниципальный центр интеграции от обязанности хранить тайну в той мере, в какой это необходимо для этой передачи данных и для установления контакта.",
            "Мои данные хранятся в зашифрованном виде и удаляются по истечении установленного срока. Я могу в любое время без объяснения причин отозвать это согласие; тогда мои данные будут немедленно удалены. Отзыв действует на будущее.",
            "Я прочитал (прочитала) это заявление, или оно было мне разъяснено на понятном мне языке.",
        ],
    },
    "uk": {
        "note": NOTES["uk"],
        "title": "Згода на обробку персональних даних і звільнення від обов'язку зберігати таємницю",
        "paragraphs": [
            "Я зацікавлений (зацікавлена) в підтримці з боку благодійних об'єднань або волонтерів в організації добровільного виїзду. Для цього я погоджуюся з тим, що відомство у справах іноземців району Унна (Kreis Unna) передасть мої персональні дані, мої контактні дані та мій статус за правом перебування іноземців до Муніципального центру інтеграції (Kommunales Integrationszentrum, KI) району Унна.",
            "Муніципальний центр інтеграції зв'язується з благодійними об'єднаннями та волонтерами за місцем мого проживання, щоб встановити зі мною контакт.",
            "Я звільняю відомство у справах іноземців і Муніципальний центр інтеграції від обов'язку зберігати таємницю настільки, наскільки це потрібно для цієї передачі даних і для встановлення контакту.",
            "Мої дані зберігаються в зашифрованому вигляді та видаляються після закінчення встановленого строку. Я можу будь-коли без зазначення причин відкликати цю згоду; тоді мої дані буде негайно видалено. Відкликання діє на майбутнє.",
            "Я прочитав (прочитала) цю заяву, або її мені пояснили мовою, яку я розумію.",
        ],
    },
    "fr": {
        "note": NOTES["fr"],
        "title": "Consentement relatif à la protection des données et levée du secret professionnel",
        "paragraphs": [
            "Je suis intéressé(e) par un soutien d'organisations caritatives ou de bénévoles pour organiser un départ volontaire. À cette fin, j'accepte que le service des étrangers de l'arrondissement d'Unna (Kreis Unna) transmette mes données personnelles, mes coordonnées et mon statut au regard du droit des étrangers au centre municipal d'intégration (Kommunales Integrationszentrum, KI) de l'arrondissement d'Unna.",
            "Le centre municipal d'intégration prend contact avec des organisations caritatives et des bénévoles de mon lieu de résidence afin d'établir un contact avec moi.",
            "Je délie le service des étrangers et le centre municipal d'intégration du secret professionnel, dans la mesure où cela est nécessaire à cette transmission et à l'établissement du contact.",
            "Mes données sont enregistrées sous forme chiffrée et supprimées à l'expiration du délai fixé. Je peux retirer ce consentement à tout moment, sans indiquer de motifs ; mes données sont alors immédiatement supprimées. Le retrait vaut pour l'avenir.",
            "J'ai lu cette déclaration ou elle m'a été expliquée dans une langue que je comprends.",
        ],
    },
    "ti": {
        "note": NOTES["ti"],
        "title": "ስምምዕ ብዛዕባ ምሕላው ሓበሬታን ካብ ግዴታ ምሕላው ምስጢር ምፍታሕን",
        "paragraphs": [
            "ኣብ ምውዳብ ብፍቓደኛነት ካብ ሃገር ምውጻእ፡ ካብ ማሕበራት ረድኤት ወይ ካብ ወለንተኛታት ደገፍ ክረክብ ድሌት ኣለኒ። ንዚ ዕላማ እዚ፡ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ናይ ወረዳ ኡና (Kreis Unna) ውልቃዊ ሓበሬታይ፡ ሓበሬታ ርክበይን ኩነታተይ ብመሰረት ሕጊ መንበሪን ናብ ማእከል ምውህሃድ ናይ ምምሕዳር ከባቢ (Kommunales Integrationszentrum, KI) ናይ ወረዳ ኡና ከመሓላልፍ እሰማማዕ።",
            "ማእከል ምውህሃድ ናይ ምምሕዳር ከባቢ፡ ምሳይ ርክብ ንምፍጣር፡ ምስ ማሕበራት ረድኤትን ወለንተኛታትን ኣብ ዝነብረሉ ቦታ ይራኸብ።",
            "ንቤት ጽሕፈት ጉዳያት ወጻእተኛታትን ንማእከል ምውህሃድ ናይ ምምሕዳር ከባቢን፡ ነዚ ምምሕልላፍ ሓበሬታን ንምፍጣር ርክብን ክሳብ ዘድሊ፡ ካብ ግዴታ ምሕላው ምስጢር ይፈትሖም።",
            "ሓበሬታይ ተመስጢሩ ይዕቀብ፡ ድሕሪ ምውዳእ እቲ ዝተወሰነ ግዜ ድማ ይድምሰስ። ነዚ ስምምዕ ኣብ ዝኾነ ግዜ ብዘይ ምኽንያት ምሃብ ክስሕቦ እኽእል እየ፤ ሽዑ ሓበሬታይ ብኡንብኡ ይድምሰስ። እቲ ምስሓብ ንመጻኢ ይምልከት።",
            "ነዚ መግለጺ ኣንቢበዮ እየ፡ ወይ ድማ ብዝርድኦ ቋንቋ ተገሊጹለይ እዩ።",
        ],
    },
}

REFERRAL = {
    "purpose": ConsentPurpose.REFERRAL,
    "version": VERSION,
    "valid_from": VALID_FROM,
    "title": TITLE,
    "paragraphs": PARAGRAPHS,
    "translations": TRANSLATIONS,
}
