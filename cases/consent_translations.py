"""Translations of the first consent declaration (version 1.0, ``cases.consent_default``).

Pure data: the data migration reads it. Each translation follows the German text sentence by
sentence; the only addition is its opening paragraph, which says that the German text is the
binding one and the translation is there to understand it (``NOTE_PARAGRAPHS``: the page and
the PDF show it above the translated text, with no German counterpart). None of them has been
reviewed by a native speaker yet (home.TranslationReview, locale/README.md).
"""
# ruff: noqa: E501, RUF001 - paragraphs stay on one line each; quotation marks are the language's own

from cases.consent_default import VALID_FROM, VERSION

# Paragraphs that open every translation and have no counterpart in the German text.
NOTE_PARAGRAPHS = 1
# What the translation review records say until a native speaker has checked a translation.
REVIEW_NOTE = (
    "Translated without native-speaker review. The German text is the binding one; the "
    "translation must be checked against it before it is relied on."
)

TRANSLATIONS = {
    "en": {
        "title": "Consent to data processing and release from confidentiality",
        "note": "This translation is meant to help you understand the declaration. Only the German text is legally binding.",
        "paragraphs": [
            "I agree that my advisor presents my case to the committee “Bleiberechte fördern”. For this, my details from the short application (Kurzantrag) (name, date of birth, nationality, district of residence, residence status, household and the reasons for a particular hardship, including information about my health) are passed on to the members of the committee and to its office.",
            "The members of the committee are two representatives of the working group of the welfare associations (Arbeitsgemeinschaft der Wohlfahrtsverbände), one member from volunteer refugee work and the head of the foreigners' authority. They discuss my case confidentially and in a session that is not public.",
            "I release my advisor and the foreigners' authority from their duty of confidentiality, as far as this is necessary for the discussion of my case in the committee. The foreigners' authority may present its records on my case for inspection at the meeting.",
            "The committee gives a joint assessment. It is an aid to decision-making; the foreigners' authority decides freely. I have no right to have my case dealt with. The minutes of the session do not become part of my file at the foreigners' authority and not part of any court proceedings.",
            "My details are stored encrypted and deleted when the procedure has ended. I can withdraw this consent at any time, without giving reasons, at my advice centre; my details are then deleted immediately. The withdrawal applies to the future.",
            "I have read this declaration, or it was explained to me in a language I understand.",
        ],
    },
    "ar": {
        "title": "الموافقة على معالجة البيانات والإعفاء من واجب الحفاظ على السرية",
        "note": "هذه الترجمة للمساعدة على فهم الإقرار. النص الألماني وحده هو الملزم قانونيًا.",
        "paragraphs": [
            "أوافق على أن يعرض مستشاري أو مستشارتي حالتي على اللجنة «Bleiberechte fördern». ولهذا الغرض تُرسَل بياناتي الواردة في الطلب المختصر (Kurzantrag) (الاسم، تاريخ الميلاد، الجنسية، حي السكن، وضع الإقامة، الأسرة وأسباب المشقة الخاصة، بما في ذلك معلومات عن صحتي) إلى أعضاء اللجنة وإلى إدارتها.",
            "أعضاء اللجنة هم ممثلان أو ممثلتان عن رابطة جمعيات الرعاية الاجتماعية (Arbeitsgemeinschaft der Wohlfahrtsverbände)، وعضو من العمل التطوعي مع اللاجئين، ورئاسة دائرة الأجانب. وهم يناقشون حالتي بسرية وفي جلسة غير علنية.",
            "أُعفي مستشاري أو مستشارتي وكذلك دائرة الأجانب من واجب الحفاظ على السرية بالقدر اللازم لمناقشة حالتي في اللجنة. ويجوز لدائرة الأجانب أن تعرض في الاجتماع مستنداتها المتعلقة بحالتي للاطلاع عليها.",
            "تُصدر اللجنة تقييمًا مشتركًا. وهو وسيلة مساعدة لاتخاذ القرار؛ ودائرة الأجانب حرة في قرارها. ليس لي حق في أن يُنظر في حالتي. ولا يصبح محضر الجلسة جزءًا من ملفي لدى دائرة الأجانب ولا جزءًا من أي إجراء قضائي.",
            "تُحفظ بياناتي مشفّرة وتُحذف بعد انتهاء الإجراء. ويمكنني سحب هذه الموافقة في أي وقت ودون ذكر أسباب لدى مركز الاستشارة الخاص بي؛ وعندئذ تُحذف بياناتي فورًا. ويسري السحب على المستقبل.",
            "لقد قرأت هذا الإقرار أو شُرح لي بلغة أفهمها.",
        ],
    },
    "fa": {
        "title": "رضایت به پردازش داده‌ها و معافیت از تعهد رازداری",
        "note": "این ترجمه برای فهم این اظهارنامه است. فقط متن آلمانی از نظر حقوقی الزام‌آور است.",
        "paragraphs": [
            "موافقم که مشاور من پرونده‌ام را به کمیته «Bleiberechte fördern» ارائه کند. برای این منظور، اطلاعات من از درخواست کوتاه (Kurzantrag) (نام، تاریخ تولد، تابعیت، منطقه محل سکونت، وضعیت اقامت، خانوار و دلایل سختی ویژه، از جمله اطلاعات مربوط به سلامت من) به اعضای کمیته و دبیرخانه آن فرستاده می‌شود.",
            "اعضای کمیته عبارت‌اند از دو نماینده از اتحادیه کاری سازمان‌های رفاهی (Arbeitsgemeinschaft der Wohlfahrtsverbände)، یک عضو از فعالیت داوطلبانه برای پناهجویان و مدیریت اداره اتباع خارجی. آنان پرونده مرا به‌طور محرمانه و در جلسه‌ای غیرعلنی بررسی می‌کنند.",
            "مشاور خود و اداره اتباع خارجی را تا حدی که برای بررسی پرونده‌ام در کمیته لازم است، از تعهد رازداری معاف می‌کنم. اداره اتباع خارجی می‌تواند در جلسه مدارک خود درباره پرونده‌ام را برای مطالعه ارائه کند.",
            "کمیته یک ارزیابی مشترک ارائه می‌دهد. این ارزیابی کمکی برای تصمیم‌گیری است؛ اداره اتباع خارجی آزادانه تصمیم می‌گیرد. من حقی ندارم که پرونده‌ام بررسی شود. صورت‌جلسه نه جزو پرونده من در اداره اتباع خارجی می‌شود و نه جزو هیچ دادرسی در دادگاه.",
            "اطلاعات من به‌صورت رمزگذاری‌شده ذخیره و پس از پایان روند حذف می‌شود. می‌توانم این رضایت را هر زمان و بدون ذکر دلیل نزد مرکز مشاوره خود پس بگیرم؛ در این صورت اطلاعات من فوراً حذف می‌شود. پس گرفتن رضایت برای آینده اعتبار دارد.",
            "این اظهارنامه را خوانده‌ام یا به زبانی که می‌فهمم برایم توضیح داده شده است.",
        ],
    },
    "ps": {
        "title": "د معلوماتو پر پروسس کولو رضایت او د رازساتنې له مکلفیت څخه معافیت",
        "note": "دا ژباړه د دې اعلامیې د پوهېدو لپاره ده. یوازې الماني متن له قانوني پلوه پابندوونکی دی.",
        "paragraphs": [
            "زه موافق یم چې زما مشاور یا مشاوره زما قضیه کمېټې «Bleiberechte fördern» ته وړاندې کړي. د دې لپاره زما معلومات له لنډ غوښتنلیک (Kurzantrag) څخه (نوم، د زېږېدو نېټه، تابعیت، د اوسېدو سیمه، د استوګنې حالت، کورنۍ او د ځانګړې سختۍ دلایل، چې زما د روغتیا په اړه معلومات هم پکې شامل دي) د کمېټې غړو او د هغې دفتر ته لېږل کېږي.",
            "د کمېټې غړي دا دي: د خیریه ټولنو د کاري اتحادیې (Arbeitsgemeinschaft der Wohlfahrtsverbände) دوه استازي، له کډوالو سره د رضاکارانه کار یو غړی او د بهرنیانو ادارې مشري. دوی زما قضیه په محرمانه توګه او په یوه نا عامه غونډه کې څېړي.",
            "زه خپل مشاور یا مشاوره او همدارنګه د بهرنیانو اداره د رازساتنې له مکلفیت څخه تر هغه حده معاف کوم چې په کمېټه کې زما د قضیې د څېړلو لپاره اړین وي. د بهرنیانو اداره کولی شي په غونډه کې زما د قضیې اړوند خپل اسناد د کتلو لپاره وړاندې کړي.",
            "کمېټه یوه ګډه ارزونه ورکوي. دا د پرېکړې لپاره یوه مرسته ده؛ د بهرنیانو اداره په آزاده توګه پرېکړه کوي. زه دا حق نه لرم چې زما قضیه دې وڅېړل شي. د غونډې صورتجلسه د بهرنیانو په اداره کې زما د دوسیې برخه نه ګرځي او د محکمې د کوم بهیر برخه هم نه ګرځي.",
            "زما معلومات کوډ شوي ساتل کېږي او د بهیر له پای ته رسېدو وروسته له منځه وړل کېږي. زه کولی شم دا رضایت هر وخت، پرته له دې چې دلیل ووایم، په خپل د مشورې مرکز کې بېرته واخلم؛ بیا زما معلومات سمدستي له منځه وړل کېږي. بېرته اخیستل د راتلونکي لپاره اعتبار لري.",
            "ما دا اعلامیه لوستې ده یا ماته په داسې ژبه تشریح شوې ده چې زه پرې پوهېږم.",
        ],
    },
    "kmr": {
        "title": "Razîbûn bi hilberandina daneyan û azadkirin ji erka parastina nehêniyê",
        "note": "Ev werger ji bo têgihiştina vê daxuyaniyê ye. Tenê nivîsa almanî ji aliyê hiqûqî ve mecbûrî ye.",
        "paragraphs": [
            "Ez razî me ku şêwirmendê min an şêwirmenda min dosyaya min pêşkêşî komîteya „Bleiberechte fördern“ bike. Ji bo vê yekê agahiyên min ên ji serlêdana kurt (Kurzantrag) (nav, dîroka jidayikbûnê, hemwelatî, taxa niştecihbûnê, rewşa rûniştinê, malbat û sedemên dijwariyeke taybet, agahiyên li ser tenduristiya min jî tê de) ji endamên komîteyê û rêveberiya wê re têne şandin.",
            "Endamên komîteyê ev in: du nûner ji Yekîtiya Xebatê ya Komeleyên Xêrxwaziyê (Arbeitsgemeinschaft der Wohlfahrtsverbände), endamek ji xebata dilxwazî ya bi penaberan re û rêveberiya Daîreya Biyaniyan. Ew dosyaya min bi nehênî û di civîneke ne vekirî de dinirxînin.",
            "Ez şêwirmendê xwe an şêwirmenda xwe û Daîreya Biyaniyan ji erka parastina nehêniyê azad dikim, heta ku ji bo nirxandina dosyaya min di komîteyê de pêwîst be. Daîreya Biyaniyan dikare di civînê de belgeyên xwe yên li ser dosyaya min ji bo dîtinê pêşkêş bike.",
            "Komîte nirxandineke hevpar dide. Ew alîkariyek e ji bo biryardanê; Daîreya Biyaniyan bi serbestî biryarê dide. Mafê min tune ku dosyaya min bê nirxandin. Protokola civînê nabe beşek ji dosyaya min a li Daîreya Biyaniyan û nabe beşek ji tu doza dadgehê jî.",
            "Agahiyên min bi şîfrekirî têne tomarkirin û piştî dawîhatina prosedurê têne jêbirin. Ez dikarim vê razîbûnê her dem, bêyî ku sedemekê bidim, li navenda şêwirdariyê ya xwe paşde bistînim; wê demê agahiyên min yekser têne jêbirin. Paşdestandin ji bo pêşerojê derbasdar e.",
            "Min ev daxuyanî xwend an jî ew bi zimanekî ku ez fêm dikim ji min re hat ravekirin.",
        ],
    },
    "ckb": {
        "title": "ڕەزامەندی لەسەر پرۆسێسکردنی زانیارییەکان و ئازادکردن لە ئەرکی پاراستنی نهێنی",
        "note": "ئەم وەرگێڕانە بۆ تێگەیشتن لەم ڕاگەیاندنەیە. تەنها دەقە ئەڵمانییەکە لە ڕووی یاساییەوە پابەندکەرە.",
        "paragraphs": [
            "ڕازیم کە ڕاوێژکارەکەم کەیسەکەم پێشکەشی لیژنەی «Bleiberechte fördern» بکات. بۆ ئەم مەبەستە زانیارییەکانم لە داواکاریی کورت (Kurzantrag) (ناو، ڕێکەوتی لەدایکبوون، ڕەگەزنامە، گەڕەکی نیشتەجێبوون، دۆخی مانەوە، خێزان و هۆکارەکانی سەختییەکی تایبەت، لەوانەش زانیاری دەربارەی تەندروستیم) بۆ ئەندامانی لیژنەکە و بەڕێوەبەرایەتییەکەی دەنێردرێن.",
            "ئەندامانی لیژنەکە بریتین لە دوو نوێنەری یەکێتیی کاری ڕێکخراوە خێرخوازییەکان (Arbeitsgemeinschaft der Wohlfahrtsverbände)، ئەندامێک لە کاری خۆبەخشانە لەگەڵ پەنابەران و بەڕێوەبەرایەتیی فەرمانگەی بیانییان. ئەوان بە نهێنی و لە دانیشتنێکی نائاشکرادا کەیسەکەم تاوتوێ دەکەن.",
            "ڕاوێژکارەکەم و فەرمانگەی بیانییان لە ئەرکی پاراستنی نهێنی ئازاد دەکەم، تا ئەو ڕادەیەی بۆ تاوتوێکردنی کەیسەکەم لە لیژنەکەدا پێویستە. فەرمانگەی بیانییان دەتوانێت لە دانیشتنەکەدا بەڵگەنامەکانی خۆی دەربارەی کەیسەکەم بۆ سەیرکردن پێشکەش بکات.",
            "لیژنەکە هەڵسەنگاندنێکی هاوبەش دەدات. ئەمە یارمەتییەکە بۆ بڕیاردان؛ فەرمانگەی بیانییان بە ئازادی بڕیار دەدات. هیچ مافێکم نییە کە کەیسەکەم تاوتوێ بکرێت. پرۆتۆکۆڵی دانیشتنەکە نابێتە بەشێک لە دۆسیەکەم لە فەرمانگەی بیانییان و نابێتە بەشێک لە هیچ دادگاییکردنێک.",
            "زانیارییەکانم بە شێوەی کۆدکراو هەڵدەگیرێن و دوای کۆتاییهاتنی ڕێکارەکە دەسڕدرێنەوە. دەتوانم هەر کاتێک، بێ ئەوەی هۆکار بڵێم، ئەم ڕەزامەندییە لە ناوەندی ڕاوێژکارییەکەم بکشێنمەوە؛ ئەوسا زانیارییەکانم یەکسەر دەسڕدرێنەوە. کشاندنەوەکە بۆ داهاتوو کاریگەرە.",
            "ئەم ڕاگەیاندنەم خوێندووەتەوە، یان بە زمانێک کە تێیدەگەم بۆم ڕوون کراوەتەوە.",
        ],
    },
    "tr": {
        "title": "Verilerin işlenmesine onay ve sır saklama yükümlülüğünden muafiyet",
        "note": "Bu çeviri, beyanı anlamanıza yardımcı olmak içindir. Yalnızca Almanca metin hukuken bağlayıcıdır.",
        "paragraphs": [
            "Danışmanımın dosyamı „Bleiberechte fördern“ Kuruluna sunmasına onay veriyorum. Bu amaçla kısa başvurudaki (Kurzantrag) bilgilerim (adı soyadı, doğum tarihi, vatandaşlık, oturduğum semt, oturum durumu, hane ve özel bir zorluğun gerekçeleri, sağlığıma ilişkin bilgiler de dahil) Kurul üyelerine ve Kurulun sekretaryasına iletilir.",
            "Kurulun üyeleri, Refah Kuruluşları Çalışma Birliği'nin (Arbeitsgemeinschaft der Wohlfahrtsverbände) iki temsilcisi, gönüllü mülteci çalışmasından bir üye ve Yabancılar Dairesi'nin yöneticisidir. Dosyamı gizli olarak ve kamuya kapalı bir oturumda görüşürler.",
            "Danışmanımı ve Yabancılar Dairesi'ni, dosyamın Kurulda görüşülmesi için gerekli olduğu ölçüde sır saklama yükümlülüğünden muaf tutuyorum. Yabancılar Dairesi, toplantıda dosyama ilişkin belgelerini incelenmek üzere sunabilir.",
            "Kurul ortak bir değerlendirme yapar. Bu değerlendirme karar vermeye yardımcı olur; Yabancılar Dairesi serbestçe karar verir. Dosyamın ele alınmasını talep etme hakkım yoktur. Oturum tutanağı ne Yabancılar Dairesi'ndeki dosyamın ne de herhangi bir yargı sürecinin parçası olur.",
            "Bilgilerim şifrelenmiş olarak saklanır ve süreç tamamlandıktan sonra silinir. Bu onayı istediğim zaman, gerekçe göstermeden danışma merkezimde geri alabilirim; bu durumda bilgilerim hemen silinir. Geri alma ileriye dönük olarak geçerlidir.",
            "Bu beyanı okudum ya da bana anladığım bir dilde açıklandı.",
        ],
    },
    "ru": {
        "title": "Согласие на обработку данных и освобождение от обязанности хранить тайну",
        "note": "Этот перевод помогает понять заявление. Юридически обязательным является только текст на немецком языке.",
        "paragraphs": [
            "Я согласен (согласна) с тем, что мой консультант или моя консультантка представит моё дело в комиссию «Bleiberechte fördern». Для этого мои данные из краткого заявления (Kurzantrag) (имя, дата рождения, гражданство, район проживания, статус пребывания, домохозяйство и причины особой тяжести, в том числе сведения о моём здоровье) передаются членам комиссии и её секретариату.",
            "Членами комиссии являются два представителя (представительницы) Рабочего объединения благотворительных союзов (Arbeitsgemeinschaft der Wohlfahrtsverbände), один член из сферы добровольной помощи беженцам и руководство ведомства по делам иностранцев. Они рассматривают моё дело конфиденциально и на закрытом заседании.",
            "Я освобождаю моего консультанта или мою консультантку, а также ведомство по делам иностранцев от обязанности хранить тайну в той мере, в какой это необходимо для рассмотрения моего дела в комиссии. Ведомство по делам иностранцев может на заседании предоставить свои документы по моему делу для ознакомления.",
            "Комиссия даёт совместную оценку. Она служит подспорьем для принятия решения; ведомство по делам иностранцев решает свободно. У меня нет права на то, чтобы моё дело было рассмотрено. Протокол заседания не становится частью моего дела в ведомстве по делам иностранцев и частью судебного разбирательства.",
            "Мои данные хранятся в зашифрованном виде и удаляются после завершения процедуры. Я могу в любое время без объяснения причин отозвать это согласие в моём консультационном центре; тогда мои данные будут немедленно удалены. Отзыв действует на будущее.",
            "Я прочитал (прочитала) это заявление, или оно было мне разъяснено на понятном мне языке.",
        ],
    },
    "uk": {
        "title": "Згода на обробку даних і звільнення від обов'язку зберігати таємницю",
        "note": "Цей переклад допомагає зрозуміти заяву. Юридично обов'язковим є лише текст німецькою мовою.",
        "paragraphs": [
            "Я погоджуюся з тим, що мій консультант або моя консультантка подасть мою справу до комісії «Bleiberechte fördern». Для цього мої дані з короткої заяви (Kurzantrag) (ім'я, дата народження, громадянство, район проживання, статус перебування, домогосподарство та причини особливої тяжкості, зокрема відомості про моє здоров'я) передаються членам комісії та її секретаріату.",
            "Членами комісії є двоє представників (представниць) Робочого об'єднання благодійних спілок (Arbeitsgemeinschaft der Wohlfahrtsverbände), один член із волонтерської роботи з біженцями та керівництво відомства у справах іноземців. Вони розглядають мою справу конфіденційно та на закритому засіданні.",
            "Я звільняю мого консультанта або мою консультантку, а також відомство у справах іноземців від обов'язку зберігати таємницю настільки, наскільки це потрібно для розгляду моєї справи в комісії. Відомство у справах іноземців може на засіданні надати свої документи щодо моєї справи для ознайомлення.",
            "Комісія надає спільну оцінку. Вона є допомогою для ухвалення рішення; відомство у справах іноземців вирішує вільно. Я не маю права на те, щоб мою справу було розглянуто. Протокол засідання не стає частиною моєї справи у відомстві у справах іноземців і частиною судового провадження.",
            "Мої дані зберігаються в зашифрованому вигляді та видаляються після завершення процедури. Я можу будь-коли без зазначення причин відкликати цю згоду у своєму консультаційному центрі; тоді мої дані буде негайно видалено. Відкликання діє на майбутнє.",
            "Я прочитав (прочитала) цю заяву, або її мені пояснили мовою, яку я розумію.",
        ],
    },
    "fr": {
        "title": "Consentement au traitement des données et levée du secret professionnel",
        "note": "Cette traduction sert à comprendre la déclaration. Seul le texte allemand fait foi juridiquement.",
        "paragraphs": [
            "J'accepte que ma conseillère ou mon conseiller présente mon cas au comité « Bleiberechte fördern ». À cette fin, mes données figurant dans la demande abrégée (Kurzantrag) (nom, date de naissance, nationalité, quartier de résidence, statut de séjour, ménage et motifs d'une rigueur particulière, y compris des informations sur ma santé) sont transmises aux membres du comité et à son secrétariat.",
            "Les membres du comité sont deux représentantes ou représentants de l'association de travail des organisations caritatives (Arbeitsgemeinschaft der Wohlfahrtsverbände), un membre issu du travail bénévole auprès des réfugiés et la direction du service des étrangers. Ils examinent mon cas de manière confidentielle et en séance non publique.",
            "Je délie ma conseillère ou mon conseiller ainsi que le service des étrangers du secret professionnel, dans la mesure où cela est nécessaire à l'examen de mon cas au sein du comité. Le service des étrangers peut présenter, lors de la réunion, ses documents relatifs à mon cas pour consultation.",
            "Le comité émet une appréciation commune. Elle constitue une aide à la décision ; le service des étrangers décide librement. Je n'ai aucun droit à ce que mon cas soit examiné. Le procès-verbal de la séance ne fait partie ni de mon dossier au service des étrangers ni d'une procédure judiciaire.",
            "Mes données sont enregistrées sous forme chiffrée et supprimées à la fin de la procédure. Je peux retirer ce consentement à tout moment, sans indiquer de motifs, auprès de mon centre de conseil ; mes données sont alors immédiatement supprimées. Le retrait vaut pour l'avenir.",
            "J'ai lu cette déclaration ou elle m'a été expliquée dans une langue que je comprends.",
        ],
    },
    "ti": {
        "title": "ስምምዕ ንምስራሕ ሓበሬታን ካብ ግዴታ ምሕላው ምስጢር ምፍታሕን",
        "note": "እዚ ትርጉም ነዚ መግለጺ ንምርዳእ ዝሕግዝ እዩ። ብሕጊ ዘገድድ ናይ ጀርመንኛ ጽሑፍ ጥራይ እዩ።",
        "paragraphs": [
            "ኣማኻሪየይ ጉዳየይ ናብ ኮሚቴ «Bleiberechte fördern» ከቕርቦ እሰማማዕ። ንዚ ዕላማ እዚ፡ ኣብ ሓጺር መመልከቲ (Kurzantrag) ዘሎ ሓበሬታይ (ስም፡ ዕለት ልደት፡ ዜግነት፡ ዝነብረሉ ከባቢ፡ ኩነታት መንበሪ፡ ስድራቤት፡ ከምኡ’ውን ምኽንያታት ፍሉይ ከቢድ ጸገም፡ ብዛዕባ ጥዕናይ ዘሎ ሓበሬታ እውን ሓዊሱ) ናብ ኣባላት ኮሚቴን ናብ ቤት ጽሕፈቱን ይለኣኽ።",
            "ኣባላት ኮሚቴ ክልተ ወከልቲ ናይ ሓባራዊ ማሕበር ትካላት ረድኤት (Arbeitsgemeinschaft der Wohlfahrtsverbände)፡ ሓደ ኣባል ካብ ብወለንታ ምስ ስደተኛታት ዝስራሕ ስራሕ፡ ከምኡ’ውን ሓላፊ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት እዮም። ጉዳየይ ብምስጢርን ኣብ ዘይህዝባዊ ኣኼባን ይዝትዩሉ።",
            "ንኣማኻሪየይን ንቤት ጽሕፈት ጉዳያት ወጻእተኛታትን፡ ኣብ ኮሚቴ ጉዳየይ ንምዝታይ ክሳብ ዘድሊ፡ ካብ ግዴታ ምሕላው ምስጢር ይፈትሖም። ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ኣብቲ ኣኼባ ብዛዕባ ጉዳየይ ዘለዎ ሰነዳት ንምርኣይ ከቕርብ ይኽእል።",
            "ኮሚቴ ሓባራዊ ገምጋም ይህብ። እዚ ንውሳነ ዝሕግዝ እዩ፤ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ብናጻ ይውስን። ጉዳየይ ክርአ መሰል የብለይን። ቃለ-ጉባኤ ናይቲ ኣኼባ ኣካል ናይ ፋይለይ ኣብ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ኮነ ኣካል ናይ ዝኾነ መስርሕ ቤት ፍርዲ ኣይኸውንን።",
            "ሓበሬታይ ተመስጢሩ ይዕቀብ፡ ድሕሪ ምዝዛም መስርሕ ድማ ይድምሰስ። ነዚ ስምምዕ ኣብ ዝኾነ ግዜ ብዘይ ምኽንያት ምሃብ ኣብ ማእከል ምኽሪየይ ክስሕቦ እኽእል እየ፤ ሽዑ ሓበሬታይ ብኡንብኡ ይድምሰስ። እቲ ምስሓብ ንመጻኢ ይምልከት።",
            "ነዚ መግለጺ ኣንቢበዮ እየ፡ ወይ ድማ ብዝርድኦ ቋንቋ ተገሊጹለይ እዩ።",
        ],
    },
}

# The opening note per language. It names no committee, so every declaration opens with it.
NOTES = {language: translation["note"] for language, translation in TRANSLATIONS.items()}


def translation_body(translation):
    """The stored text of a translation (``{"note": ..., "paragraphs": [...]}``): the note on
    the German text first, then the paragraphs in the order of the German ones."""
    return "\n\n".join([translation["note"], *translation["paragraphs"]])


def consent_body(language):
    return translation_body(TRANSLATIONS[language])


def consent_translations_ensure(consent_text_model, review_model):
    """Add the translations of version 1.0 that are missing, each with a review record saying
    it awaits a native speaker's review; an edited one stays as it is. Returns the texts
    created."""
    created = []
    for language, translation in TRANSLATIONS.items():
        text, was_created = consent_text_model.objects.get_or_create(
            version=VERSION,
            language=language,
            defaults={
                "title": translation["title"],
                "body": consent_body(language),
                "valid_from": VALID_FROM,
            },
        )
        if was_created:
            review_model.objects.get_or_create(
                consent_text=text, defaults={"reviewed": False, "note": REVIEW_NOTE}
            )
            created.append(text)
    return created
