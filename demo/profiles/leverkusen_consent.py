"""Leverkusen's consent declaration for an application to its Beratungsgremium zum
Aufenthaltsrecht, in German and eleven translations. Pure data: ``demo.profiles.leverkusen``
declares it and the seed writes it (``cases.services.consent_texts_write``).

What it says comes from seed 003 only: who may apply, that the application names every aspect
of a particular hardship, the five members and five deputies and the bodies that send the
members, that the committee advises the foreigners' authority (towards a positive decision or
the support of an application to the state hardship commission), that its result is a
recommendation without any power to instruct or decide, and that a case comes once unless the
facts changed decisively. The data named are the fields of the Kurzantrag; who receives them
and what happens to them (stored encrypted, deleted after the procedure, deleted at once on
withdrawal; the withdrawal goes to the committee's office, the portal's office role) is what
the portal does. Where the seed is silent — whether the authority shows its files, whether
sessions are public, what becomes of the minutes — the text says nothing.

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

TITLE = "Einwilligung in die Datenverarbeitung und Entbindung von der Schweigepflicht"
PARAGRAPHS = [
    "Ich bin damit einverstanden, dass mein Fall mit einem Antrag dem „Beratungsgremium zum Aufenthaltsrecht“ der Stadt Leverkusen vorgelegt wird: von mir selbst, von meiner Vertreterin oder meinem Vertreter oder von einer Initiativgruppe. Der Antrag nennt alle Gesichtspunkte, die für eine besondere Härte sprechen.",
    "Dazu werden meine Angaben aus dem Kurzantrag an die ordentlichen Mitglieder des Gremiums und an seine Geschäftsstelle übermittelt und, wenn ein stellvertretendes Mitglied ein verhindertes Mitglied vertritt, auch an dieses. Übermittelt werden: Name, Geburtsdatum, Staatsangehörigkeit, Wohnbezirk, Datum der Einreise, Aufenthaltsstatus, Aktenzeichen bei der Ausländerbehörde, Angaben zu meinem Haushalt, die Gründe für eine besondere Härte – etwa die Länge des Aufenthalts, gesundheitliche Beeinträchtigungen, die soziale und wirtschaftliche Integration und ob ich selbst für meinen Lebensunterhalt aufkommen kann – und die Nachweise, die dem Antrag beigefügt sind.",
    "Das Gremium hat fünf ordentliche und fünf stellvertretende Mitglieder. Je ein ordentliches Mitglied stellen der Integrationsrat der Stadt Leverkusen, der Fachbereich Bürger und Integration der Stadtverwaltung, das Gleichstellungsbüro der Stadt Leverkusen, ein Wohlfahrtsverband und eine Beratungsorganisation in der Integrationsarbeit.",
    "Ich entbinde die Ausländerbehörde der Stadt Leverkusen und die Person oder Initiativgruppe, die den Antrag für mich stellt, von der Schweigepflicht, soweit das nötig ist, damit das Gremium die Ausländerbehörde zu meinem Fall beraten kann.",
    "Das Gremium berät die Ausländerbehörde, wie mir geholfen werden kann: damit eine positive Entscheidung möglich wird oder damit ein Antrag bei der Härtefallkommission des Landes Nordrhein-Westfalen unterstützt wird. Sein Ergebnis ist eine Empfehlung und dient der Verwaltung als Entscheidungshilfe; das Gremium kann der Verwaltung nichts vorschreiben und nichts entscheiden. Mein Fall kann nur einmal beraten werden, es sei denn, der Sachverhalt hat sich entscheidend geändert.",
    "Meine Angaben werden verschlüsselt gespeichert und nach Abschluss des Verfahrens gelöscht. Ich kann diese Einwilligung jederzeit ohne Angabe von Gründen gegenüber der Geschäftsstelle des Gremiums widerrufen; dann werden meine Angaben sofort gelöscht. Der Widerruf gilt für die Zukunft.",
    "Ich habe diese Erklärung gelesen oder sie wurde mir in einer Sprache erklärt, die ich verstehe.",
]

TRANSLATIONS = {
    "en": {
        "note": NOTES["en"],
        "title": "Consent to data processing and release from confidentiality",
        "paragraphs": [
            "I agree that my case is presented with an application to the committee “Beratungsgremium zum Aufenthaltsrecht” of the City of Leverkusen: by myself, by my representative or by an initiative group. The application names all aspects that speak for a particular hardship.",
            "For this, my details from the short application (Kurzantrag) are passed on to the regular members of the committee and to its office and, when a deputy member stands in for a member who is absent, also to that deputy member. The following are passed on: name, date of birth, nationality, district of residence, date of entry, residence status, file number at the foreigners' authority, details of my household, the reasons for a particular hardship – for example the length of stay, health impairments, social and economic integration and whether I can earn my own living – and the evidence attached to the application.",
            "The committee has five regular and five deputy members. One regular member each is sent by the integration council of the City of Leverkusen (Integrationsrat), the city administration's department for citizens and integration (Fachbereich Bürger und Integration), the equal opportunities office of the City of Leverkusen (Gleichstellungsbüro), a welfare association and an advice organisation in integration work.",
            "I release the foreigners' authority of the City of Leverkusen and the person or initiative group who makes the application for me from their duty of confidentiality, as far as this is necessary for the committee to advise the foreigners' authority on my case.",
            "The committee advises the foreigners' authority on how I can be helped: so that a positive decision becomes possible, or so that an application to the Hardship Commission of the state of North Rhine-Westphalia is supported. Its result is a recommendation and serves the administration as an aid to decision-making; the committee cannot instruct the administration and cannot decide anything. My case can be discussed only once, unless the facts have changed decisively.",
            "My details are stored encrypted and deleted when the procedure has ended. I can withdraw this consent at any time, without giving reasons, by telling the committee's office; my details are then deleted immediately. The withdrawal applies to the future.",
            "I have read this declaration, or it was explained to me in a language I understand.",
        ],
    },
    "ar": {
        "note": NOTES["ar"],
        "title": "الموافقة على معالجة البيانات والإعفاء من واجب الحفاظ على السرية",
        "paragraphs": [
            "أوافق على أن تُعرض حالتي بطلب على اللجنة «Beratungsgremium zum Aufenthaltsrecht» التابعة لمدينة ليفركوزن: أقدّمه بنفسي، أو يقدّمه ممثلي أو ممثلتي، أو تقدّمه مجموعة مبادرة (Initiativgruppe). ويذكر الطلب كل الجوانب التي تدل على وجود مشقة خاصة.",
            "ولهذا الغرض تُرسَل بياناتي الواردة في الطلب المختصر (Kurzantrag) إلى الأعضاء الأصليين في اللجنة وإلى إدارتها، وكذلك إلى العضو المناوب عندما ينوب عن عضو غائب. وتُرسَل البيانات التالية: الاسم، تاريخ الميلاد، الجنسية، حي السكن، تاريخ الدخول، وضع الإقامة، رقم الملف لدى دائرة الأجانب، بيانات عن أسرتي، أسباب المشقة الخاصة – مثل مدة الإقامة، والمشكلات الصحية، والاندماج الاجتماعي والاقتصادي، وهل أستطيع أن أعيل نفسي بنفسي – والمستندات المرفقة بالطلب.",
            "للجنة خمسة أعضاء أصليين وخمسة أعضاء مناوبين. وترسل كلٌّ من الجهات التالية عضوًا أصليًا واحدًا: مجلس الاندماج في مدينة ليفركوزن (Integrationsrat)، وقسم المواطنين والاندماج في إدارة المدينة (Fachbereich Bürger und Integration)، ومكتب المساواة في مدينة ليفركوزن (Gleichstellungsbüro)، وإحدى جمعيات الرعاية الاجتماعية، وإحدى منظمات الاستشارة العاملة في مجال الاندماج.",
            "أُعفي دائرة الأجانب في مدينة ليفركوزن والشخص أو مجموعة المبادرة التي تقدّم الطلب نيابةً عني من واجب الحفاظ على السرية، بالقدر اللازم لكي تتمكن اللجنة من تقديم المشورة لدائرة الأجانب بشأن حالتي.",
            "تقدّم اللجنة المشورة لدائرة الأجانب حول كيفية مساعدتي: لكي يصبح اتخاذ قرار إيجابي ممكنًا، أو لكي يُدعَم طلب لدى لجنة الحالات الصعبة في ولاية شمال الراين-وستفاليا. ونتيجتها توصية، وهي وسيلة مساعدة للإدارة في اتخاذ القرار؛ ولا تستطيع اللجنة أن تفرض على الإدارة شيئًا ولا أن تقرر شيئًا. ولا يمكن النظر في حالتي إلا مرة واحدة، ما لم تتغير الوقائع تغيرًا حاسمًا.",
            "تُحفظ بياناتي مشفّرة وتُحذف بعد انتهاء الإجراء. ويمكنني سحب هذه الموافقة في أي وقت ودون ذكر أسباب بإبلاغ إدارة اللجنة بذلك؛ وعندئذ تُحذف بياناتي فورًا. ويسري السحب على المستقبل.",
            "لقد قرأت هذا الإقرار أو شُرح لي بلغة أفهمها.",
        ],
    },
    "fa": {
        "note": NOTES["fa"],
        "title": "رضایت به پردازش داده‌ها و معافیت از تعهد رازداری",
        "paragraphs": [
            "موافقم که پرونده‌ام با یک درخواست به کمیته «Beratungsgremium zum Aufenthaltsrecht» شهر لورکوزن ارائه شود: توسط خودم، توسط نماینده‌ام یا توسط یک گروه ابتکاری (Initiativgruppe). در درخواست همه جنبه‌هایی که نشان‌دهنده سختی ویژه است ذکر می‌شود.",
            "برای این منظور، اطلاعات من از درخواست کوتاه (Kurzantrag) به اعضای اصلی کمیته و دبیرخانه آن فرستاده می‌شود و هنگامی که یک عضو جانشین به جای عضوی که حاضر نیست عمل می‌کند، به آن عضو جانشین نیز. این اطلاعات فرستاده می‌شود: نام، تاریخ تولد، تابعیت، منطقه محل سکونت، تاریخ ورود، وضعیت اقامت، شماره پرونده در اداره اتباع خارجی، اطلاعات خانوار من، دلایل سختی ویژه – برای نمونه مدت اقامت، مشکلات سلامتی، ادغام اجتماعی و اقتصادی و اینکه آیا می‌توانم خودم هزینه زندگی‌ام را تأمین کنم – و مدارکی که به درخواست پیوست شده است.",
            "کمیته پنج عضو اصلی و پنج عضو جانشین دارد. هر یک از این نهادها یک عضو اصلی می‌فرستد: شورای ادغام شهر لورکوزن (Integrationsrat)، بخش شهروندان و ادغام در اداره شهر (Fachbereich Bürger und Integration)، دفتر برابری شهر لورکوزن (Gleichstellungsbüro)، یک سازمان رفاهی و یک سازمان مشاوره در کار ادغام.",
            "اداره اتباع خارجی شهر لورکوزن و شخص یا گروه ابتکاری را که درخواست را برای من ارائه می‌کند، تا حدی که لازم است تا کمیته بتواند اداره اتباع خارجی را درباره پرونده‌ام مشاوره دهد، از تعهد رازداری معاف می‌کنم.",
            "کمیته به اداره اتباع خارجی مشاوره می‌دهد که چگونه می‌توان به من کمک کرد: تا تصمیمی مثبت ممکن شود، یا تا از درخواستی نزد کمیسیون موارد سخت ایالت نوردراین-وستفالن پشتیبانی شود. نتیجه کار کمیته یک توصیه است و به اداره شهر در تصمیم‌گیری کمک می‌کند؛ کمیته نمی‌تواند به اداره دستوری بدهد و نمی‌تواند درباره چیزی تصمیم بگیرد. پرونده من فقط یک بار می‌تواند بررسی شود، مگر اینکه واقعیت‌ها به‌طور تعیین‌کننده‌ای تغییر کرده باشند.",
            "اطلاعات من به‌صورت رمزگذاری‌شده ذخیره و پس از پایان روند حذف می‌شود. می‌توانم این رضایت را هر زمان و بدون ذکر دلیل با اطلاع به دبیرخانه کمیته پس بگیرم؛ در این صورت اطلاعات من فوراً حذف می‌شود. پس گرفتن رضایت برای آینده اعتبار دارد.",
            "این اظهارنامه را خوانده‌ام یا به زبانی که می‌فهمم برایم توضیح داده شده است.",
        ],
    },
    "ps": {
        "note": NOTES["ps"],
        "title": "د معلوماتو پر پروسس کولو رضایت او د رازساتنې له مکلفیت څخه معافیت",
        "paragraphs": [
            "زه موافق یم چې زما قضیه د یوه غوښتنلیک له لارې د لېورکوزن ښار کمېټې «Beratungsgremium zum Aufenthaltsrecht» ته وړاندې شي: پخپله زما له خوا، زما د استازي یا استازې له خوا، یا د یوې نوښتي ډلې (Initiativgruppe) له خوا. په غوښتنلیک کې ټول هغه اړخونه ذکر کېږي چې د ځانګړې سختۍ په ګټه دي.",
            "د دې لپاره زما معلومات له لنډ غوښتنلیک (Kurzantrag) څخه د کمېټې اصلي غړو او د هغې دفتر ته لېږل کېږي، او کله چې یو بدیل غړی د یوه غیرحاضر غړي پر ځای کار کوي، هغه ته هم. دا معلومات لېږل کېږي: نوم، د زېږېدو نېټه، تابعیت، د اوسېدو سیمه، آلمان ته د راتګ نېټه، د استوګنې حالت، د بهرنیانو په اداره کې د دوسیې شمېره، زما د کورنۍ معلومات، د ځانګړې سختۍ دلایل – د بېلګې په توګه د اوسېدو موده، روغتیايي ستونزې، ټولنیز او اقتصادي ادغام او دا چې ایا زه کولی شم خپل ژوند پخپله تمویل کړم – او هغه اسناد چې له غوښتنلیک سره ضمیمه شوي دي.",
            "کمېټه پنځه اصلي او پنځه بدیل غړي لري. له دغو ادارو څخه هره یوه یو اصلي غړی استوي: د لېورکوزن ښار د ادغام شورا (Integrationsrat)، د ښار د ادارې د اتباعو او ادغام څانګه (Fachbereich Bürger und Integration)، د لېورکوزن ښار د برابرۍ دفتر (Gleichstellungsbüro)، یوه خیریه ټولنه او د ادغام په کار کې د مشورې یو سازمان.",
            "زه د لېورکوزن ښار د بهرنیانو اداره او هغه کس یا نوښتي ډله چې زما لپاره غوښتنلیک وړاندې کوي، د رازساتنې له مکلفیت څخه تر هغه حده معاف کوم چې اړین وي، څو کمېټه وکولی شي زما د قضیې په اړه د بهرنیانو ادارې ته مشوره ورکړي.",
            "کمېټه د بهرنیانو ادارې ته مشوره ورکوي چې له ما سره څنګه مرسته کېدای شي: څو یوه مثبته پرېکړه ممکنه شي، یا څو د نوردراین-وستفالن ایالت د سختو حالتونو کمیسیون ته د یوه غوښتنلیک ملاتړ وشي. د کمېټې پایله یوه سپارښتنه ده او اداره ته د پرېکړې لپاره مرسته ده؛ کمېټه نشي کولی ادارې ته امر وکړي او نشي کولی د هېڅ شي پرېکړه وکړي. زما قضیه یوازې یو ځل څېړل کېدای شي، مګر دا چې حقایق په پرېکنده ډول بدل شوي وي.",
            "زما معلومات کوډ شوي ساتل کېږي او د بهیر له پای ته رسېدو وروسته له منځه وړل کېږي. زه کولی شم دا رضایت هر وخت، پرته له دې چې دلیل ووایم، د کمېټې دفتر ته په خبرولو سره بېرته واخلم؛ بیا زما معلومات سمدستي له منځه وړل کېږي. بېرته اخیستل د راتلونکي لپاره اعتبار لري.",
            "ما دا اعلامیه لوستې ده یا ماته په داسې ژبه تشریح شوې ده چې زه پرې پوهېږم.",
        ],
    },
    "kmr": {
        "note": NOTES["kmr"],
        "title": "Razîbûn bi hilberandina daneyan û azadkirin ji erka parastina nehêniyê",
        "paragraphs": [
            "Ez razî me ku dosyaya min bi serlêdanekê pêşkêşî komîteya „Beratungsgremium zum Aufenthaltsrecht“ ya bajarê Leverkusenê bê kirin: ji aliyê min bi xwe ve, ji aliyê nûnerê min an nûnera min ve, an jî ji aliyê komeke însiyatîfê (Initiativgruppe) ve. Di serlêdanê de hemû aliyên ku dijwariyeke taybet nîşan didin têne gotin.",
            "Ji bo vê yekê agahiyên min ên ji serlêdana kurt (Kurzantrag) ji endamên asayî yên komîteyê û rêveberiya wê re têne şandin, û dema ku endamekî cîgir li şûna endamekî ku ne amade ye kar dike, ji wî endamê cîgir re jî. Ev agahî têne şandin: nav, dîroka jidayikbûnê, hemwelatî, taxa niştecihbûnê, dîroka hatinê, rewşa rûniştinê, hejmara dosyayê li Daîreya Biyaniyan, agahiyên li ser malbata min, sedemên dijwariyeke taybet – wek dirêjahiya mayînê, pirsgirêkên tenduristiyê, entegrasyona civakî û aborî û gelo ez dikarim debara xwe bi xwe bikim – û belgeyên ku bi serlêdanê re hatine şandin.",
            "Pênc endamên asayî û pênc endamên cîgir ên komîteyê hene. Her yek ji van saziyan endamekî asayî dişîne: Encumena Entegrasyonê ya bajarê Leverkusenê (Integrationsrat), Beşa Welatî û Entegrasyonê ya rêveberiya bajêr (Fachbereich Bürger und Integration), Buroya Wekheviyê ya bajarê Leverkusenê (Gleichstellungsbüro), komeleyeke xêrxwaziyê û rêxistineke şêwirdariyê ya di xebata entegrasyonê de.",
            "Ez Daîreya Biyaniyan a bajarê Leverkusenê û wî kesî an wê koma însiyatîfê ya ku serlêdanê ji bo min dike ji erka parastina nehêniyê azad dikim, heta ku pêwîst be da ku komîte karibe di derbarê dosyaya min de şêwirê bide Daîreya Biyaniyan.",
            "Komîte şêwirê dide Daîreya Biyaniyan ka çawa dikare alîkariya min bê kirin: da ku biryareke erênî gengaz bibe, an jî da ku serlêdanek li ba Komîsyona Rewşên Dijwar a eyaleta Rayn-Westfalyaya Bakur bê piştgirîkirin. Encama wê pêşniyarek e û ji bo rêveberiyê di biryardanê de alîkariyek e; komîte nikare fermanê bide rêveberiyê û nikare li ser tiştekî biryarê bide. Dosyaya min tenê carekê dikare bê nirxandin, heya ku rastiyên bûyerê bi awayekî diyarker neguherîbin.",
            "Agahiyên min bi şîfrekirî têne tomarkirin û piştî dawîhatina prosedurê têne jêbirin. Ez dikarim vê razîbûnê her dem, bêyî ku sedemekê bidim, bi agahdarkirina rêveberiya komîteyê paşde bistînim; wê demê agahiyên min yekser têne jêbirin. Paşdestandin ji bo pêşerojê derbasdar e.",
            "Min ev daxuyanî xwend an jî ew bi zimanekî ku ez fêm dikim ji min re hat ravekirin.",
        ],
    },
    "ckb": {
        "note": NOTES["ckb"],
        "title": "ڕەزامەندی لەسەر پرۆسێسکردنی زانیارییەکان و ئازادکردن لە ئەرکی پاراستنی نهێنی",
        "paragraphs": [
            "ڕازیم کە کەیسەکەم بە داواکارییەک پێشکەشی لیژنەی «Beratungsgremium zum Aufenthaltsrecht»ی شاری لێڤەرکوزن بکرێت: لەلایەن خۆمەوە، لەلایەن نوێنەرەکەمەوە، یان لەلایەن گرووپێکی دەستپێشخەرییەوە (Initiativgruppe). لە داواکارییەکەدا هەموو ئەو لایەنانە دەنووسرێن کە نیشانەی سەختییەکی تایبەتن.",
            "بۆ ئەم مەبەستە زانیارییەکانم لە داواکاریی کورت (Kurzantrag) بۆ ئەندامە سەرەکییەکانی لیژنەکە و بەڕێوەبەرایەتییەکەی دەنێردرێن، و کاتێک ئەندامێکی جێگر لە جیاتی ئەندامێکی ئامادەنەبوو کار دەکات، بۆ ئەو ئەندامە جێگرەش. ئەم زانیارییانە دەنێردرێن: ناو، ڕێکەوتی لەدایکبوون، ڕەگەزنامە، گەڕەکی نیشتەجێبوون، ڕێکەوتی هاتن، دۆخی مانەوە، ژمارەی دۆسیە لە فەرمانگەی بیانییان، زانیاری دەربارەی خێزانەکەم، هۆکارەکانی سەختییەکی تایبەت – بۆ نموونە ماوەی مانەوە، کێشە تەندروستییەکان، تێکەڵبوونی کۆمەڵایەتی و ئابووری و ئەوەی ئایا دەتوانم خۆم بژێوی خۆم دابین بکەم – و ئەو بەڵگەنامانەی لەگەڵ داواکارییەکە نێردراون.",
            "لیژنەکە پێنج ئەندامی سەرەکی و پێنج ئەندامی جێگری هەیە. هەریەک لەم لایەنانە ئەندامێکی سەرەکی دەنێرێت: ئەنجومەنی تێکەڵبوونی شاری لێڤەرکوزن (Integrationsrat)، بەشی هاووڵاتیان و تێکەڵبوونی ئیدارەی شار (Fachbereich Bürger und Integration)، نووسینگەی یەکسانیی شاری لێڤەرکوزن (Gleichstellungsbüro)، ڕێکخراوێکی خێرخوازی و ڕێکخراوێکی ڕاوێژکاری لە کاری تێکەڵبووندا.",
            "فەرمانگەی بیانییانی شاری لێڤەرکوزن و ئەو کەس یان گرووپی دەستپێشخەرییەی کە داواکارییەکە بۆ من پێشکەش دەکات، لە ئەرکی پاراستنی نهێنی ئازاد دەکەم، تا ئەو ڕادەیەی پێویستە بۆ ئەوەی لیژنەکە بتوانێت دەربارەی کەیسەکەم ڕاوێژ بە فەرمانگەی بیانییان بدات.",
            "لیژنەکە ڕاوێژ بە فەرمانگەی بیانییان دەدات کە چۆن دەتوانرێت یارمەتیم بدرێت: بۆ ئەوەی بڕیارێکی ئەرێنی بگونجێت، یان بۆ ئەوەی پشتگیری لە داواکارییەک لای کۆمیسیۆنی دۆخە سەختەکانی ویلایەتی نۆردراین-ڤێستفالیا بکرێت. ئەنجامەکەی ڕاسپاردەیەکە و یارمەتییەکە بۆ ئیدارە لە بڕیارداندا؛ لیژنەکە ناتوانێت فەرمان بە ئیدارە بکات و ناتوانێت لەسەر هیچ شتێک بڕیار بدات. کەیسەکەم تەنها یەک جار دەتوانرێت تاوتوێ بکرێت، مەگەر ڕاستییەکان بە شێوەیەکی یەکلاکەرەوە گۆڕابن.",
            "زانیارییەکانم بە شێوەی کۆدکراو هەڵدەگیرێن و دوای کۆتاییهاتنی ڕێکارەکە دەسڕدرێنەوە. دەتوانم هەر کاتێک، بێ ئەوەی هۆکار بڵێم، بە ئاگادارکردنەوەی بەڕێوەبەرایەتیی لیژنەکە ئەم ڕەزامەندییە بکشێنمەوە؛ ئەوسا زانیارییەکانم یەکسەر دەسڕدرێنەوە. کشاندنەوەکە بۆ داهاتوو کاریگەرە.",
            "ئەم ڕاگەیاندنەم خوێندووەتەوە، یان بە زمانێک کە تێیدەگەم بۆم ڕوون کراوەتەوە.",
        ],
    },
    "tr": {
        "note": NOTES["tr"],
        "title": "Verilerin işlenmesine onay ve sır saklama yükümlülüğünden muafiyet",
        "paragraphs": [
            "Dosyamın bir başvuruyla Leverkusen şehrinin „Beratungsgremium zum Aufenthaltsrecht“ Kuruluna sunulmasına onay veriyorum: başvuruyu ya kendim ya temsilcim ya da bir girişim grubu (Initiativgruppe) yapar. Başvuru, özel bir zorluğu gösteren tüm hususları belirtir.",
            "Bu amaçla kısa başvurudaki (Kurzantrag) bilgilerim Kurulun asıl üyelerine ve Kurulun sekretaryasına, yedek bir üye katılamayan bir üyenin yerine görev yaptığında ise o yedek üyeye de iletilir. İletilen bilgiler şunlardır: adı soyadı, doğum tarihi, vatandaşlık, oturduğum semt, giriş tarihi, oturum durumu, Yabancılar Dairesi'ndeki dosya numarası, hanemle ilgili bilgiler, özel bir zorluğun gerekçeleri – örneğin kalış süresi, sağlık sorunları, sosyal ve ekonomik uyum ve geçimimi kendim sağlayıp sağlayamadığım – ve başvuruya eklenen belgeler.",
            "Kurulun beş asıl ve beş yedek üyesi vardır. Aşağıdaki kuruluşların her biri bir asıl üye gönderir: Leverkusen şehrinin Uyum Meclisi (Integrationsrat), şehir yönetiminin Vatandaşlar ve Uyum Birimi (Fachbereich Bürger und Integration), Leverkusen şehrinin Eşitlik Bürosu (Gleichstellungsbüro), bir refah kuruluşu ve uyum çalışmaları alanında bir danışmanlık kuruluşu.",
            "Leverkusen şehrinin Yabancılar Dairesi'ni ve başvuruyu benim için yapan kişiyi ya da girişim grubunu, Kurulun dosyam hakkında Yabancılar Dairesi'ne danışmanlık yapabilmesi için gerekli olduğu ölçüde sır saklama yükümlülüğünden muaf tutuyorum.",
            "Kurul, bana nasıl yardım edilebileceği konusunda Yabancılar Dairesi'ne danışmanlık yapar: olumlu bir kararın mümkün olması ya da Kuzey Ren-Vestfalya Eyaleti Zor Durumlar Komisyonu'na yapılacak bir başvurunun desteklenmesi için. Kurulun vardığı sonuç bir tavsiyedir ve yönetime karar vermede yardımcı olur; Kurul yönetime talimat veremez ve hiçbir konuda karar veremez. Dosyam, olaylar belirleyici biçimde değişmedikçe yalnızca bir kez görüşülebilir.",
            "Bilgilerim şifrelenmiş olarak saklanır ve süreç tamamlandıktan sonra silinir. Bu onayı istediğim zaman, gerekçe göstermeden Kurulun sekretaryasına bildirerek geri alabilirim; bu durumda bilgilerim hemen silinir. Geri alma ileriye dönük olarak geçerlidir.",
            "Bu beyanı okudum ya da bana anladığım bir dilde açıklandı.",
        ],
    },
    "ru": {
        "note": NOTES["ru"],
        "title": "Согласие на обработку данных и освобождение от обязанности хранить тайну",
        "paragraphs": [
            "Я согласен (согласна) с тем, чтобы моё дело было представлено с заявлением в комиссию «Beratungsgremium zum Aufenthaltsrecht» города Леверкузен: мной самим (самой), моим представителем или моей представительницей либо инициативной группой (Initiativgruppe). В заявлении указываются все обстоятельства, которые говорят об особой тяжести.",
            "Для этого мои данные из краткого заявления (Kurzantrag) передаются основным членам комиссии и её секретариату, а если заместитель замещает отсутствующего члена, — также этому заместителю. Передаются: имя, дата рождения, гражданство, район проживания, дата въезда, статус пребывания, номер дела в ведомстве по делам иностранцев, сведения о моём домохозяйстве, причины особой тяжести — например, продолжительность пребывания, проблемы со здоровьем, социальная и экономическая интеграция и то, могу ли я сам (сама) обеспечивать себя, — а также документы, приложенные к заявлению.",
            "В комиссии пять основных членов и пять заместителей. По одному основному члену направляют: Совет по интеграции города Леверкузен (Integrationsrat), отдел по делам граждан и интеграции городской администрации (Fachbereich Bürger und Integration), Бюро по вопросам равноправия города Леверкузен (Gleichstellungsbüro), одно благотворительное объединение и одна консультационная организация, работающая в сфере интеграции.",
            "Я освобождаю ведомство по делам иностранцев города Леверкузен, а также лицо или инициативную группу, которые подают заявление за меня, от обязанности хранить тайну в той мере, в какой это необходимо, чтобы комиссия могла консультировать ведомство по делам иностранцев по моему делу.",
            "Комиссия консультирует ведомство по делам иностранцев о том, как мне можно помочь: чтобы стало возможным положительное решение или чтобы было поддержано заявление в комиссию по особо тяжёлым случаям земли Северный Рейн-Вестфалия. Её результат — рекомендация, которая служит администрации подспорьем при принятии решения; комиссия не может давать администрации указания и не может ничего решать. Моё дело может быть рассмотрено только один раз, если только обстоятельства существенно не изменились.",
            "Мои данные хранятся в зашифрованном виде и удаляются после завершения процедуры. Я могу в любое время без объяснения причин отозвать это согласие, сообщив об этом в секретариат комиссии; тогда мои данные будут немедленно удалены. Отзыв действует на будущее.",
            "Я прочитал (прочитала) это заявление, или оно было мне разъяснено на понятном мне языке.",
        ],
    },
    "uk": {
        "note": NOTES["uk"],
        "title": "Згода на обробку даних і звільнення від обов'язку зберігати таємницю",
        "paragraphs": [
            "Я погоджуюся з тим, щоб мою справу було подано із заявою до комісії «Beratungsgremium zum Aufenthaltsrecht» міста Леверкузен: мною особисто, моїм представником або моєю представницею чи ініціативною групою (Initiativgruppe). У заяві зазначаються всі обставини, які свідчать про особливу тяжкість.",
            "Для цього мої дані з короткої заяви (Kurzantrag) передаються основним членам комісії та її секретаріату, а якщо заступник заміняє відсутнього члена, — також цьому заступникові. Передаються: ім'я, дата народження, громадянство, район проживання, дата в'їзду, статус перебування, номер справи у відомстві у справах іноземців, відомості про моє домогосподарство, причини особливої тяжкості — наприклад, тривалість перебування, проблеми зі здоров'ям, соціальна та економічна інтеграція і те, чи можу я сам (сама) себе забезпечувати, — а також документи, додані до заяви.",
            "Комісія має п'ять основних членів і п'ять заступників. По одному основному члену направляють: Рада з питань інтеграції міста Леверкузен (Integrationsrat), відділ у справах громадян та інтеграції міської адміністрації (Fachbereich Bürger und Integration), Бюро з питань рівності міста Леверкузен (Gleichstellungsbüro), одне благодійне об'єднання та одна консультаційна організація, що працює у сфері інтеграції.",
            "Я звільняю відомство у справах іноземців міста Леверкузен, а також особу чи ініціативну групу, яка подає заяву за мене, від обов'язку зберігати таємницю настільки, наскільки це потрібно, щоб комісія могла консультувати відомство у справах іноземців щодо моєї справи.",
            "Комісія консультує відомство у справах іноземців щодо того, як мені можна допомогти: щоб стало можливим позитивне рішення або щоб було підтримано заяву до комісії з особливо складних випадків землі Північний Рейн – Вестфалія. Її результат — рекомендація, яка є для адміністрації допомогою в ухваленні рішення; комісія не може давати адміністрації вказівок і не може нічого вирішувати. Мою справу можна розглянути лише один раз, якщо тільки обставини суттєво не змінилися.",
            "Мої дані зберігаються в зашифрованому вигляді та видаляються після завершення процедури. Я можу будь-коли без зазначення причин відкликати цю згоду, повідомивши про це секретаріат комісії; тоді мої дані буде негайно видалено. Відкликання діє на майбутнє.",
            "Я прочитав (прочитала) цю заяву, або її мені пояснили мовою, яку я розумію.",
        ],
    },
    "fr": {
        "note": NOTES["fr"],
        "title": "Consentement au traitement des données et levée du secret professionnel",
        "paragraphs": [
            "J'accepte que mon cas soit présenté par une demande au comité « Beratungsgremium zum Aufenthaltsrecht » de la ville de Leverkusen : par moi-même, par ma représentante ou mon représentant ou par un groupe d'initiative (Initiativgruppe). La demande indique tous les éléments qui plaident en faveur d'une rigueur particulière.",
            "À cette fin, mes données figurant dans la demande courte (Kurzantrag) sont transmises aux membres titulaires du comité et à son secrétariat et, lorsqu'un membre suppléant remplace un membre absent, également à ce membre suppléant. Sont transmis : nom, date de naissance, nationalité, quartier de résidence, date d'entrée, statut de séjour, numéro de dossier au service des étrangers, informations sur mon ménage, motifs d'une rigueur particulière – par exemple la durée du séjour, les problèmes de santé, l'intégration sociale et économique et le fait de pouvoir ou non subvenir moi-même à mes besoins – ainsi que les pièces jointes à la demande.",
            "Le comité compte cinq membres titulaires et cinq membres suppléants. Chacun des organismes suivants désigne un membre titulaire : le conseil d'intégration de la ville de Leverkusen (Integrationsrat), le département Citoyens et Intégration de l'administration municipale (Fachbereich Bürger und Integration), le bureau de l'égalité de la ville de Leverkusen (Gleichstellungsbüro), une organisation caritative et une organisation de conseil dans le travail d'intégration.",
            "Je délie le service des étrangers de la ville de Leverkusen ainsi que la personne ou le groupe d'initiative qui présente la demande pour moi du secret professionnel, dans la mesure où cela est nécessaire pour que le comité puisse conseiller le service des étrangers sur mon cas.",
            "Le comité conseille le service des étrangers sur la manière dont je peux être aidé(e) : pour qu'une décision favorable devienne possible, ou pour qu'une demande auprès de la commission des cas de rigueur du Land de Rhénanie-du-Nord-Westphalie soit soutenue. Son résultat est une recommandation et sert d'aide à la décision à l'administration ; le comité ne peut ni donner d'instructions à l'administration ni décider quoi que ce soit. Mon cas ne peut être examiné qu'une seule fois, sauf si les faits ont changé de manière déterminante.",
            "Mes données sont enregistrées sous forme chiffrée et supprimées à la fin de la procédure. Je peux retirer ce consentement à tout moment, sans indiquer de motifs, en le faisant savoir au secrétariat du comité ; mes données sont alors immédiatement supprimées. Le retrait vaut pour l'avenir.",
            "J'ai lu cette déclaration ou elle m'a été expliquée dans une langue que je comprends.",
        ],
    },
    "ti": {
        "note": NOTES["ti"],
        "title": "ስምምዕ ንምስራሕ ሓበሬታን ካብ ግዴታ ምሕላው ምስጢር ምፍታሕን",
        "paragraphs": [
            "ጉዳየይ ብመመልከቲ ናብ ኮሚቴ «Beratungsgremium zum Aufenthaltsrecht» ናይ ከተማ ሌቨርኩዘን ክቐርብ እሰማማዕ፦ ባዕለይ፡ ብወኪለይ ወይ ብጉጅለ ተበግሶ (Initiativgruppe)። እቲ መመልከቲ ንፍሉይ ከቢድ ጸገም ዘርእዩ ኩሎም ረቛሒታት ይጠቅስ።",
            "ንዚ ዕላማ እዚ፡ ኣብ ሓጺር መመልከቲ (Kurzantrag) ዘሎ ሓበሬታይ ናብ ቀወምቲ ኣባላት ኮሚቴን ናብ ቤት ጽሕፈቱን ይለኣኽ፤ ተተካኢ ኣባል ኣብ ክንዲ ዘይተረኽበ ኣባል ክሰርሕ ከሎ ድማ ናብቲ ተተካኢ ኣባል እውን ይለኣኽ። ዝለኣኽ ሓበሬታ፦ ስም፡ ዕለት ልደት፡ ዜግነት፡ ዝነብረሉ ከባቢ፡ ዕለት ምእታው፡ ኩነታት መንበሪ፡ ኣብ ቤት ጽሕፈት ጉዳያት ወጻእተኛታት ዘሎ ቁጽሪ ፋይል፡ ብዛዕባ ስድራቤተይ ዘሎ ሓበሬታ፡ ምኽንያታት ፍሉይ ከቢድ ጸገም – ንኣብነት ንውሓት ግዜ መንበሪ፡ ናይ ጥዕና ጸገማት፡ ማሕበራውን ቁጠባውን ምውህሃድ፡ ከምኡ’ውን ነብሰይ ክናበ ይኽእል እንተኾይነ – ከምኡ’ውን ምስቲ መመልከቲ ዝተተሓሓዙ ሰነዳት።",
            "ኮሚቴ ሓሙሽተ ቀወምቲ ኣባላትን ሓሙሽተ ተተካእቲ ኣባላትን ኣለዉዎ። ነፍሲ ወከፍ ካብዞም ዝስዕቡ ትካላት ሓደ ቀዋሚ ኣባል ይሰድድ፦ ባይቶ ምውህሃድ ናይ ከተማ ሌቨርኩዘን (Integrationsrat)፡ ክፍሊ ዜጋታትን ምውህሃድን ናይ ምምሕዳር ከተማ (Fachbereich Bürger und Integration)፡ ቤት ጽሕፈት ማዕርነት ናይ ከተማ ሌቨርኩዘን (Gleichstellungsbüro)፡ ሓደ ማሕበር ረድኤትን ኣብ ስራሕ ምውህሃድ ዝሰርሕ ሓደ ትካል ምኽርን።",
            "ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ናይ ከተማ ሌቨርኩዘንን ነቲ ኣብ ክንዳይ መመልከቲ ዘቕርብ ሰብ ወይ ጉጅለ ተበግሶን፡ ኮሚቴ ብዛዕባ ጉዳየይ ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ክመኽር ምእንቲ ክሳብ ዘድሊ፡ ካብ ግዴታ ምሕላው ምስጢር ይፈትሖም።",
            "ኮሚቴ ንቤት ጽሕፈት ጉዳያት ወጻእተኛታት ብኸመይ ክሕገዝ ከም ዝኽእል ይመኽር፦ ኣወንታዊ ውሳነ ምእንቲ ክኽእል፡ ወይ ናብ ኮሚሽን ከቢድ ኩነታት ናይ ክፍለ ሃገር ሰሜን ራይን-ዌስትፋልያ ዝቐርብ መመልከቲ ምእንቲ ክድገፍ። ውጽኢቱ ለበዋ እዩ፡ ንምምሕዳር ድማ ንውሳነ ዝሕግዝ እዩ፤ ኮሚቴ ንምምሕዳር ትእዛዝ ክህብ ወይ ዝኾነ ነገር ክውስን ኣይክእልን። እቲ ፍጻመታት ብወሳኒ መገዲ እንተዘይተቐይሩ፡ ጉዳየይ ሓንሳብ ጥራይ ክርአ ይኽእል።",
            "ሓበሬታይ ተመስጢሩ ይዕቀብ፡ ድሕሪ ምዝዛም መስርሕ ድማ ይድምሰስ። ነዚ ስምምዕ ኣብ ዝኾነ ግዜ ብዘይ ምኽንያት ምሃብ ንቤት ጽሕፈት ኮሚቴ ብምሕባር ክስሕቦ እኽእል እየ፤ ሽዑ ሓበሬታይ ብኡንብኡ ይድምሰስ። እቲ ምስሓብ ንመጻኢ ይምልከት።",
            "ነዚ መግለጺ ኣንቢበዮ እየ፡ ወይ ድማ ብዝርድኦ ቋንቋ ተገሊጹለይ እዩ።",
        ],
    },
}

APPLICATION = {
    "purpose": ConsentPurpose.APPLICATION,
    "version": VERSION,
    "valid_from": VALID_FROM,
    "title": TITLE,
    "paragraphs": PARAGRAPHS,
    "translations": TRANSLATIONS,
}
