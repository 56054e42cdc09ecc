"""Every language tree of the demo site, and translations of its main pages and centres.

German is the source. Each other locale is synchronised from German with wagtail-localize, so
every German page exists in every language as an alias that shows the German content until it
is translated. The main pages and the centres are then translated into ``TRANSLATED_LANGUAGES``
through wagtail-localize's own records (TranslationSource, Translation, StringTranslation),
exactly as if a translator had filled in the translation editor: editors can keep working on
them in the admin or export them as PO files. Every step skips what already exists.
"""

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.synctree import synchronize_tree

from advice_centers.models import AdviceCenter
from portal.languages import SOURCE_LANGUAGE

TRANSLATED_LANGUAGES = ("en", "ar", "fa", "tr", "uk")

# Proper names of organisations stay as the organisations write them.
KEEP_SOURCE_PATHS = frozenset({"name", "slug"})


class MissingSeedTranslation(LookupError):
    pass


def locales_synchronise(*, source):
    """Sync every other locale from the source; create aliases for pages added since."""
    for locale in Locale.objects.exclude(id=source.id):
        # Creating the record synchronises the tree at once (wagtail-localize signal).
        _sync, created = LocaleSynchronization.objects.get_or_create(
            locale=locale, defaults={"sync_from": source}
        )
        if not created:
            synchronize_tree(source, locale)
    # New home pages in other languages are new site roots; their URLs must be known.
    Site.clear_site_root_paths_cache()


def _translate_strings(*, source, locale):
    language = locale.language_code
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        german = segment.string.data
        if segment.context.path in KEEP_SOURCE_PATHS:
            text = german
        else:
            try:
                text = SEGMENTS[german][language]
            except KeyError as error:
                raise MissingSeedTranslation(f"{language}: {german!r}") from error
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
        )


def page_translate(*, page, locale):
    """Turn the synced alias of ``page`` in ``locale`` into a published translation."""
    target = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    if target is not None and target.alias_of_id is None:
        return False
    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    _translate_strings(source=source, locale=locale)
    translated, _created = source.create_or_update_translation(
        locale, publish=False, copy_parent_pages=True
    )
    # Publishing directly rather than on commit keeps the seed's single transaction simple.
    translated.get_latest_revision().publish()
    return True


def center_translate(*, center, locale):
    """Create the centre in ``locale``: translated where the seed has texts, else German."""
    if AdviceCenter.objects.filter(translation_key=center.translation_key, locale=locale).exists():
        return False
    source, _created = TranslationSource.get_or_create_from_instance(center)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    translated = locale.language_code in TRANSLATED_LANGUAGES
    if translated:
        _translate_strings(source=source, locale=locale)
    source.create_or_update_translation(locale, fallback=not translated)
    return True


def translations_seed(*, pages, centers, log=print):
    """Create every centre in every locale, translate ``pages``, alias the rest.

    Translating before synchronising spares creating aliases that would at once be turned
    into translations.
    """
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    for locale in Locale.objects.exclude(id=source.id).order_by("id"):
        # Centres first: translated pages point at the centres of their own language.
        for center in centers:
            if center_translate(center=center, locale=locale):
                log(f"Added centre {center.slug} in {locale.language_code}")
        if locale.language_code in TRANSLATED_LANGUAGES:
            for page in pages:
                if page_translate(page=page, locale=locale):
                    log(f"Translated page {page.slug} into {locale.language_code}")
    locales_synchronise(source=source)


# German segment → its translation per language. Keys are the seed's German strings exactly;
# a German text that changes without a new translation stops the seed (see the i18n tests).
SEGMENTS = {
    # Home page
    "Bleiberechte fördern": {
        "en": "Promoting the right to stay",
        "ar": "تعزيز حق البقاء",
        "fa": "حمایت از حق ماندن",
        "tr": "Kalma hakkını desteklemek",
        "uk": "Сприяння праву на перебування",
    },
    (
        "Das Gremium „Bleiberechte fördern“ der Stadt Dortmund bespricht Fragen zum Aufenthalts- "
        "und Bleiberecht von Menschen, die mit einer Duldung in Dortmund leben. Auf Vorschlag und "
        "mit Zustimmung der Betroffenen berät es auch einzelne Fälle. Hier lesen Sie, was das "
        "Gremium tut, was es nicht tun kann und wie Sie eine Beratungsstelle finden."
    ): {
        "en": (
            "The City of Dortmund's committee “Bleiberechte fördern” (promoting the right to "
            "stay) discusses questions of residence rights and the right to stay of people who "
            "live in Dortmund with a Duldung (tolerated stay). If the people concerned propose it "
            "and agree, it also discusses individual cases. Here you can read what the committee "
            "does, what it cannot do and how to find an advice centre."
        ),
        "ar": (
            "تناقش لجنة «Bleiberechte fördern» (تعزيز حق البقاء) التابعة لمدينة دورتموند مسائل حق "
            "الإقامة وحق البقاء للأشخاص الذين يعيشون في دورتموند بوثيقة «دولدونغ» (Duldung، أي "
            "تعليق الترحيل). وإذا اقترح الأشخاص المعنيون ذلك ووافقوا عليه، فإنها تناقش أيضًا "
            "حالات فردية. تقرأ هنا ما تفعله اللجنة، وما لا تستطيع فعله، وكيف تجد مركزًا "
            "للاستشارة."
        ),
        "fa": (
            "کمیته «Bleiberechte fördern» (حمایت از حق ماندن) شهر دورتموند درباره پرسش‌های حق "
            "اقامت و حق ماندن کسانی گفت‌وگو می‌کند که با «دولدونگ» (Duldung، تعلیق موقت اخراج) در "
            "دورتموند زندگی می‌کنند. اگر افراد مربوط پیشنهاد دهند و موافقت کنند، کمیته پرونده‌های "
            "فردی را هم بررسی می‌کند. در اینجا می‌خوانید که این کمیته چه می‌کند، چه کاری از آن "
            "برنمی‌آید و چگونه یک مرکز مشاوره پیدا کنید."
        ),
        "tr": (
            "Dortmund Belediyesi'nin “Bleiberechte fördern” (kalma hakkını desteklemek) kurulu, "
            "Dortmund'da Duldung (sınır dışı edilmenin ertelenmesi) ile yaşayan insanların oturum "
            "ve kalma haklarına ilişkin soruları görüşür. İlgili kişiler önerir ve onay verirse "
            "tek tek durumları da görüşür. Burada kurulun ne yaptığını, neyi yapamadığını ve bir "
            "danışma merkezini nasıl bulacağınızı okuyabilirsiniz."
        ),
        "uk": (
            "Комісія міста Дортмунд «Bleiberechte fördern» (сприяння праву на перебування) "
            "обговорює питання права на проживання та права на перебування людей, які живуть у "
            "Дортмунді з Duldung (тимчасовим зупиненням депортації). Якщо відповідні люди це "
            "пропонують і погоджуються, вона також розглядає окремі справи. Тут ви дізнаєтеся, що "
            "робить комісія, чого вона не може зробити і як знайти консультаційний центр."
        ),
    },
    "Wichtig: Anträge nur über eine Beratungsstelle": {
        "en": "Important: applications only through an advice centre",
        "ar": "مهم: تقديم الطلبات عبر مركز استشارة فقط",
        "fa": "مهم: درخواست فقط از طریق یک مرکز مشاوره",
        "tr": "Önemli: Başvurular yalnızca bir danışma merkezi aracılığıyla",
        "uk": "Важливо: заяви лише через консультаційний центр",
    },
    (
        "Sie können Ihren Fall nicht selbst beim Gremium einreichen. Das geht nur nach einer "
        "Beratung und mit Unterstützung einer hauptamtlichen Beraterin oder eines hauptamtlichen "
        "Beraters einer Beratungsstelle."
    ): {
        "en": (
            "You cannot submit your case to the committee yourself. This is only possible after "
            "advice from, and with the support of, a professional advisor at an advice centre."
        ),
        "ar": (
            "لا يمكنك أن تقدّم حالتك إلى اللجنة بنفسك. هذا ممكن فقط بعد الحصول على استشارة من "
            "مستشارة أو مستشار مختص في مركز استشارة وبدعم منه."
        ),
        "fa": (
            "شما نمی‌توانید پرونده خود را شخصاً به کمیته ارائه دهید. این کار فقط پس از مشاوره و "
            "با پشتیبانی یک مشاور حرفه‌ای در یک مرکز مشاوره ممکن است."
        ),
        "tr": (
            "Durumunuzu kurula kendiniz sunamazsınız. Bu ancak bir danışma merkezindeki "
            "profesyonel bir danışmandan danışmanlık aldıktan sonra ve onun desteğiyle mümkündür."
        ),
        "uk": (
            "Ви не можете самостійно подати свою справу до комісії. Це можливо лише після "
            "консультації та за підтримки штатної консультантки або штатного консультанта "
            "консультаційного центру."
        ),
    },
    "Was Sie hier finden": {
        "en": "What you will find here",
        "ar": "ما ستجده هنا",
        "fa": "آنچه اینجا پیدا می‌کنید",
        "tr": "Burada neler bulacaksınız",
        "uk": "Що ви тут знайдете",
    },
    "was das Gremium ist und wer darin sitzt,": {
        "en": "what the committee is and who sits on it,",
        "ar": "ما هي اللجنة ومن هم أعضاؤها،",
        "fa": "کمیته چیست و چه کسانی عضو آن هستند،",
        "tr": "kurulun ne olduğu ve kimlerden oluştuğu,",
        "uk": "що таке комісія і хто до неї входить,",
    },
    "welche Fälle es berät und welche nicht,": {
        "en": "which cases it discusses and which it does not,",
        "ar": "ما الحالات التي تناقشها وما الحالات التي لا تناقشها،",
        "fa": "کدام پرونده‌ها را بررسی می‌کند و کدام را نه،",
        "tr": "hangi durumları görüştüğü ve hangilerini görüşmediği,",
        "uk": "які справи вона розглядає, а які ні,",
    },
    "wie ein Fall zum Gremium kommt,": {
        "en": "how a case reaches the committee,",
        "ar": "كيف تصل الحالة إلى اللجنة،",
        "fa": "یک پرونده چگونه به کمیته می‌رسد،",
        "tr": "bir durumun kurula nasıl ulaştığı,",
        "uk": "як справа потрапляє до комісії,",
    },
    "welche Beratungsstellen in Dortmund helfen.": {
        "en": "which advice centres in Dortmund can help.",
        "ar": "ما مراكز الاستشارة التي تساعد في دورتموند.",
        "fa": "کدام مراکز مشاوره در دورتموند کمک می‌کنند.",
        "tr": "Dortmund'da hangi danışma merkezlerinin yardım ettiği.",
        "uk": "які консультаційні центри в Дортмунді допомагають.",
    },
    # About the committee
    "Über das Gremium": {
        "en": "About the committee",
        "ar": "عن اللجنة",
        "fa": "درباره کمیته",
        "tr": "Kurul hakkında",
        "uk": "Про комісію",
    },
    (
        "Das Gremium bringt die Ausländerbehörde und die haupt- und ehrenamtliche "
        "Flüchtlingshilfe an einen Tisch. Es soll Entscheidungen nachvollziehbar machen und, wo "
        "das Recht es zulässt, Lösungen für geduldete Menschen finden."
    ): {
        "en": (
            "The committee brings the foreigners' authority and professional and volunteer "
            "refugee support together at one table. It aims to make decisions understandable "
            "and, where the law allows, to find solutions for people with a Duldung."
        ),
        "ar": (
            "تجمع اللجنة دائرة الأجانب والعاملين المختصين والمتطوعين في مساعدة اللاجئين "
            "حول طاولة واحدة. هدفها أن تكون القرارات مفهومة، وأن تجد حلولًا للأشخاص الحاصلين على "
            "الدولدونغ حيث يسمح القانون بذلك."
        ),
        "fa": (
            "این کمیته اداره اتباع خارجی و کمک‌رسانی حرفه‌ای و داوطلبانه به پناهجویان را دور "
            "یک میز جمع می‌کند. هدف آن این است که تصمیم‌ها قابل فهم باشند و، هر جا قانون اجازه "
            "دهد، برای افراد دارای دولدونگ راه‌حلی پیدا شود."
        ),
        "tr": (
            "Kurul, Yabancılar Dairesi'ni ve profesyonel ve gönüllü mülteci yardımını aynı "
            "masada bir araya getirir. Amacı kararları anlaşılır kılmak ve hukukun izin verdiği "
            "yerlerde Duldung sahibi insanlar için çözümler bulmaktır."
        ),
        "uk": (
            "Комісія збирає за одним столом відомство у справах іноземців, а також професійну "
            "та волонтерську допомогу біженцям. Її мета — зробити рішення зрозумілими і, там, "
            "де це дозволяє закон, знайти рішення для людей із Duldung."
        ),
    },
    "Warum es das Gremium gibt": {
        "en": "Why the committee exists",
        "ar": "لماذا وُجدت اللجنة",
        "fa": "چرا این کمیته وجود دارد",
        "tr": "Kurul neden var",
        "uk": "Навіщо існує комісія",
    },
    (
        "Entscheidungen nach dem Aufenthaltsrecht wirken sich erheblich auf das Leben und die "
        "Lebensplanung geduldeter Menschen aus. Zwischen einem Bleiberecht nach Ermessen und "
        "Maßnahmen, die den Aufenthalt beenden, entstehen bei den Betroffenen oft Unsicherheit "
        "und manchmal Zweifel. Der Ausschuss für Bürgerdienste, öffentliche Ordnung, Anregungen "
        "und Beschwerden der Stadt Dortmund hat die Verwaltung am 22. Juni 2021 beauftragt, dafür "
        "ein regelmäßig tagendes Gremium für den Austausch zwischen Ausländerbehörde und haupt- "
        "und ehrenamtlicher Flüchtlingshilfe einzurichten."
    ): {
        "en": (
            "Decisions under residence law have a considerable effect on the lives and life plans "
            "of people with a Duldung. Between a discretionary right to stay and measures that "
            "end a stay, the people concerned often feel uncertainty and sometimes doubt. On 22 "
            "June 2021, the City of Dortmund's committee for citizen services, public order, "
            "suggestions and complaints instructed the administration to set up a regularly "
            "meeting committee for this, for the exchange between the foreigners' authority and "
            "professional and volunteer refugee support."
        ),
        "ar": (
            "تؤثر القرارات المتعلقة بقانون الإقامة تأثيرًا كبيرًا في حياة الأشخاص الحاصلين على "
            "الدولدونغ وفي تخطيطهم لحياتهم. وبين حق البقاء التقديري والإجراءات التي تُنهي "
            "الإقامة، كثيرًا ما يشعر الأشخاص المعنيون بالغموض وأحيانًا بالشك. لذلك كلّفت لجنة "
            "خدمات المواطنين والنظام العام والاقتراحات والشكاوى في مدينة دورتموند الإدارةَ في 22 "
            "يونيو 2021 بإنشاء لجنة تجتمع بانتظام للتبادل بين دائرة الأجانب والعاملين "
            "المختصين والمتطوعين في مساعدة اللاجئين."
        ),
        "fa": (
            "تصمیم‌های مربوط به قانون اقامت تأثیر زیادی بر زندگی و برنامه‌ریزی زندگی افراد دارای "
            "دولدونگ دارند. میان حق ماندن بر اساس صلاحدید و اقداماتی که به اقامت پایان می‌دهند، "
            "افراد مربوط اغلب دچار ابهام و گاهی تردید می‌شوند. کمیسیون خدمات شهروندی، نظم عمومی، "
            "پیشنهادها و شکایات شهر دورتموند در ۲۲ ژوئن ۲۰۲۱ به اداره شهر مأموریت داد که برای این "
            "موضوع کمیته‌ای با جلسات منظم برای گفت‌وگو میان اداره اتباع خارجی و کمک‌رسانی حرفه‌ای "
            "و داوطلبانه به پناهجویان ایجاد کند."
        ),
        "tr": (
            "Oturum hukukuna ilişkin kararlar, Duldung sahibi insanların hayatını ve hayat "
            "planlarını önemli ölçüde etkiler. Takdire bağlı bir kalma hakkı ile oturumu sona "
            "erdiren önlemler arasında ilgili kişiler çoğu zaman belirsizlik, bazen de şüphe "
            "yaşar. Dortmund Belediyesi'nin Vatandaş Hizmetleri, Kamu Düzeni, Öneri ve Şikâyetler "
            "Komisyonu, 22 Haziran 2021'de yönetimi bunun için Yabancılar Dairesi ile profesyonel "
            "ve gönüllü mülteci yardımı arasında istişare amacıyla düzenli toplanan bir kurul "
            "kurmakla görevlendirdi."
        ),
        "uk": (
            "Рішення за правом про перебування суттєво впливають на життя та життєві плани людей "
            "із Duldung. Між правом на перебування на розсуд влади та заходами, що припиняють "
            "перебування, у відповідних людей часто виникають невизначеність, а іноді й сумніви. "
            "22 червня 2021 року комітет міста Дортмунд з питань послуг для громадян, "
            "громадського порядку, пропозицій і скарг доручив адміністрації створити для цього "
            "комісію, яка регулярно збирається для обміну між відомством у справах іноземців і "
            "професійною та волонтерською допомогою біженцям."
        ),
    },
    (
        "Im Gremium werden vor allem fachliche Fragen zu Aufenthalts- und Bleiberechten für "
        "geduldete Menschen in Dortmund besprochen. Wenn die Betroffenen es vorschlagen und "
        "zustimmen, berät es auch einzelne Fälle – bevor zum Beispiel der Petitionsausschuss "
        "oder die Härtefallkommission des Landes Nordrhein-Westfalen angerufen wird."
    ): {
        "en": (
            "The committee mainly discusses professional questions about residence rights and "
            "the right to stay for people with a Duldung in Dortmund. If the people concerned "
            "propose it and agree, it also discusses individual cases – before, for example, "
            "the Petitions Committee or the Hardship Commission of the State of North "
            "Rhine-Westphalia is called upon."
        ),
        "ar": (
            "تناقش اللجنة قبل كل شيء أسئلة مهنية حول حقوق الإقامة والبقاء للأشخاص الحاصلين على "
            "الدولدونغ في دورتموند. وإذا اقترح الأشخاص المعنيون ذلك ووافقوا عليه، فإنها تناقش "
            "أيضًا حالات فردية – قبل اللجوء مثلًا إلى لجنة العرائض أو لجنة الحالات الإنسانية "
            "الصعبة في ولاية شمال الراين-وستفاليا."
        ),
        "fa": (
            "در این کمیته بیشتر پرسش‌های تخصصی درباره حق اقامت و حق ماندن افراد دارای دولدونگ "
            "در دورتموند بررسی می‌شود. اگر افراد مربوط پیشنهاد دهند و موافقت کنند، کمیته پرونده‌های "
            "فردی را هم بررسی می‌کند – پیش از آنکه مثلاً به کمیته دادخواست‌ها یا کمیسیون موارد "
            "سخت ایالت نوردراین-وستفالن مراجعه شود."
        ),
        "tr": (
            "Kurulda öncelikle Dortmund'da Duldung ile yaşayan insanların oturum ve kalma "
            "haklarına ilişkin mesleki sorular görüşülür. İlgili kişiler önerir ve onay verirse "
            "kurul tek tek durumları da görüşür – örneğin Dilekçe Komisyonu'na veya Kuzey "
            "Ren-Vestfalya Eyaleti Zor Durumlar Komisyonu'na başvurulmadan önce."
        ),
        "uk": (
            "Комісія передусім обговорює фахові питання права на проживання та права на "
            "перебування для людей із Duldung у Дортмунді. Якщо відповідні люди це "
            "пропонують і погоджуються, вона також розглядає окремі справи – наприклад, перш "
            "ніж звертатися до Комітету з петицій або до Комісії з особливо складних випадків "
            "землі Північний Рейн – Вестфалія."
        ),
    },
    "Wer im Gremium sitzt": {
        "en": "Who sits on the committee",
        "ar": "من هم أعضاء اللجنة",
        "fa": "چه کسانی عضو کمیته هستند",
        "tr": "Kurulda kimler var",
        "uk": "Хто входить до комісії",
    },
    "Das Gremium hat vier Mitglieder:": {
        "en": "The committee has four members:",
        "ar": "للجنة أربعة أعضاء:",
        "fa": "کمیته چهار عضو دارد:",
        "tr": "Kurulun dört üyesi vardır:",
        "uk": "Комісія має чотирьох членів:",
    },
    "zwei Vertreterinnen oder Vertreter der Arbeitsgemeinschaft der Wohlfahrtsverbände,": {
        "en": "two representatives of the association of welfare organisations,",
        "ar": "ممثلتان أو ممثلان عن اتحاد جمعيات الرعاية الاجتماعية،",
        "fa": "دو نماینده از انجمن مشترک سازمان‌های رفاهی،",
        "tr": "sosyal yardım kuruluşları birliğinden iki temsilci,",
        "uk": "двоє представниць або представників об'єднання благодійних організацій,",
    },
    "ein Mitglied aus der ehrenamtlichen Flüchtlingsarbeit,": {
        "en": "one member from volunteer refugee work,",
        "ar": "عضو واحد من العمل التطوعي مع اللاجئين،",
        "fa": "یک عضو از فعالان داوطلب در کار با پناهجویان،",
        "tr": "gönüllü mülteci çalışmasından bir üye,",
        "uk": "один член із волонтерської роботи з біженцями,",
    },
    "die Leitung der Ausländerbehörde.": {
        "en": "the head of the foreigners' authority.",
        "ar": "رئاسة دائرة الأجانب.",
        "fa": "رئیس اداره اتباع خارجی.",
        "tr": "Yabancılar Dairesi'nin yöneticisi.",
        "uk": "керівництво відомства у справах іноземців.",
    },
    (
        "Die Mitglieder werden für die Wahlperiode des Rates der Stadt bestimmt. Weil die Fälle "
        "besonders vertraulich sind, gibt es keine Vertretung. Das Gremium ist im Dezernat für "
        "Recht, Ordnung, Bürgerdienste und Feuerwehr angesiedelt; die Geschäftsführung des "
        "Ausschusses unterstützt die Arbeit."
    ): {
        "en": (
            "The members are appointed for the term of the city council. Because the cases are "
            "particularly confidential, there are no deputies. The committee belongs to the "
            "city's department for law, public order, citizen services and the fire brigade; "
            "the council committee's office supports its work."
        ),
        "ar": (
            "يُعيَّن الأعضاء لمدة الدورة الانتخابية لمجلس المدينة. ولأن الحالات سرية بشكل خاص، "
            "لا يوجد من ينوب عنهم. تتبع اللجنة إدارة القانون والنظام وخدمات المواطنين والإطفاء، "
            "وتدعم إدارةُ أعمال لجنة المجلس عملَها."
        ),
        "fa": (
            "اعضا برای دوره انتخاباتی شورای شهر تعیین می‌شوند. چون پرونده‌ها بسیار محرمانه "
            "هستند، جانشینی وجود ندارد. کمیته زیر نظر معاونت حقوق، نظم، خدمات شهروندی و آتش‌نشانی "
            "است و دبیرخانه کمیسیون شورا از کار آن پشتیبانی می‌کند."
        ),
        "tr": (
            "Üyeler belediye meclisinin görev dönemi için belirlenir. Durumlar özellikle gizli "
            "olduğu için vekâlet yoktur. Kurul, Hukuk, Düzen, Vatandaş Hizmetleri ve İtfaiye "
            "Dairesi'ne bağlıdır; komisyonun sekreteryası çalışmalarını destekler."
        ),
        "uk": (
            "Членів призначають на строк повноважень міської ради. Оскільки справи особливо "
            "конфіденційні, заміщення не передбачено. Комісія належить до департаменту права, "
            "порядку, послуг для громадян і пожежної служби; секретаріат комітету підтримує її "
            "роботу."
        ),
    },
    "Was das Gremium kann – und was nicht": {
        "en": "What the committee can do – and what it cannot",
        "ar": "ما تستطيع اللجنة فعله – وما لا تستطيع",
        "fa": "کمیته چه کاری می‌تواند بکند – و چه کاری نه",
        "tr": "Kurul neyi yapabilir – neyi yapamaz",
        "uk": "Що комісія може – і чого не може",
    },
    "Das Gremium berät. Die Ausländerbehörde entscheidet.": {
        "en": "The committee advises. The foreigners' authority decides.",
        "ar": "اللجنة تقدّم المشورة. ودائرة الأجانب هي التي تقرّر.",
        "fa": "کمیته مشورت می‌دهد. اداره اتباع خارجی تصمیم می‌گیرد.",
        "tr": "Kurul danışmanlık yapar. Kararı Yabancılar Dairesi verir.",
        "uk": "Комісія радить. Рішення ухвалює відомство у справах іноземців.",
    },
    (
        "Die Mitglieder geben eine gemeinsame Einschätzung ab. Sie kann Ihnen und der "
        "Ausländerbehörde bei der Entscheidung helfen. Die Ausländerbehörde bleibt in ihrer "
        "Entscheidung aber frei. Niemand hat einen Anspruch darauf, dass das Gremium seinen "
        "Fall berät."
    ): {
        "en": (
            "The members give a joint assessment. It can help you and the foreigners' authority "
            "with the decision. However, the foreigners' authority remains free in its decision. "
            "Nobody has a right to have their case discussed by the committee."
        ),
        "ar": (
            "يقدّم الأعضاء تقييمًا مشتركًا. ويمكن أن يساعدك ويساعد دائرة الأجانب في اتخاذ "
            "القرار. لكن دائرة الأجانب تبقى حرة في قرارها. ولا يحق لأحد المطالبة بأن تناقش "
            "اللجنة حالته."
        ),
        "fa": (
            "اعضا یک ارزیابی مشترک ارائه می‌دهند. این ارزیابی می‌تواند به شما و اداره اتباع خارجی "
            "در تصمیم‌گیری کمک کند. اما اداره اتباع خارجی در تصمیم خود آزاد است. هیچ‌کس حق ندارد "
            "بررسی پرونده‌اش توسط کمیته را مطالبه کند."
        ),
        "tr": (
            "Üyeler ortak bir değerlendirme yapar. Bu değerlendirme size ve Yabancılar "
            "Dairesi'ne karar verirken yardımcı olabilir. Ancak Yabancılar Dairesi kararında "
            "serbest kalır. Hiç kimsenin durumunun kurulda görüşülmesini talep etme hakkı "
            "yoktur."
        ),
        "uk": (
            "Члени комісії дають спільну оцінку. Вона може допомогти вам і відомству у справах "
            "іноземців ухвалити рішення. Проте відомство залишається вільним у своєму рішенні. "
            "Ніхто не має права вимагати, щоб комісія розглянула його справу."
        ),
    },
    "Sitzungen und Protokoll": {
        "en": "Meetings and minutes",
        "ar": "الجلسات والمحضر",
        "fa": "جلسات و صورت‌جلسه",
        "tr": "Toplantılar ve tutanak",
        "uk": "Засідання та протокол",
    },
    (
        "Das Gremium trifft sich bei Bedarf und bis zu viermal im Jahr. Die Sitzungen sind nicht "
        "öffentlich. Die Geschäftsführung lädt die Mitglieder ein und schreibt ein Protokoll. "
        "Dieses Protokoll kommt nicht in die Akte der Ausländerbehörde über die betroffene Person "
        "und wird auch nicht Teil eines Verfahrens vor dem Verwaltungsgericht."
    ): {
        "en": (
            "The committee meets when needed, up to four times a year. The meetings are not "
            "public. The office invites the members and writes minutes. These minutes do not go "
            "into the foreigners' authority's file on the person concerned and do not become "
            "part of any proceedings before the administrative court."
        ),
        "ar": (
            "تجتمع اللجنة عند الحاجة وحتى أربع مرات في السنة. الجلسات غير علنية. تدعو الإدارة "
            "الأعضاء وتكتب محضرًا. لا يدخل هذا المحضر في ملف الشخص المعني لدى دائرة الأجانب، "
            "ولا يصبح جزءًا من أي دعوى أمام المحكمة الإدارية."
        ),
        "fa": (
            "کمیته در صورت نیاز و حداکثر چهار بار در سال تشکیل جلسه می‌دهد. جلسات عمومی نیستند. "
            "دبیرخانه اعضا را دعوت می‌کند و صورت‌جلسه می‌نویسد. این صورت‌جلسه در پرونده فرد در "
            "اداره اتباع خارجی قرار نمی‌گیرد و بخشی از هیچ روند دادرسی در دادگاه اداری نمی‌شود."
        ),
        "tr": (
            "Kurul gerektiğinde ve yılda en fazla dört kez toplanır. Toplantılar halka açık "
            "değildir. Sekreterya üyeleri davet eder ve bir tutanak yazar. Bu tutanak, Yabancılar "
            "Dairesi'ndeki ilgili kişinin dosyasına girmez ve idare mahkemesindeki bir davanın "
            "parçası da olmaz."
        ),
        "uk": (
            "Комісія збирається за потреби, до чотирьох разів на рік. Засідання закриті. "
            "Секретаріат запрошує членів і веде протокол. Цей протокол не потрапляє до справи "
            "відповідної особи у відомстві у справах іноземців і не стає частиною провадження в "
            "адміністративному суді."
        ),
    },
    # Principles and rules for individual cases
    "Grundsätze und Regeln für Einzelfälle": {
        "en": "Principles and rules for individual cases",
        "ar": "المبادئ والقواعد للحالات الفردية",
        "fa": "اصول و قواعد برای پرونده‌های فردی",
        "tr": "Tek tek durumlar için ilkeler ve kurallar",
        "uk": "Принципи та правила для окремих справ",
    },
    (
        "Damit das Gremium Einzelfälle geordnet und in einem leistbaren Umfang beraten kann, "
        "gelten feste Grundsätze: welche Fälle es berät, wer einen Fall einreichen kann, welche "
        "Fälle ausgeschlossen sind und wie ein Fall eingereicht wird."
    ): {
        "en": (
            "So that the committee can deal with individual cases in an orderly way and to a "
            "manageable extent, there are fixed principles: which cases it discusses, who can "
            "submit a case, which cases are excluded and how a case is submitted."
        ),
        "ar": (
            "لكي تتمكن اللجنة من مناقشة الحالات الفردية بشكل منظم وبقدر تستطيع إنجازه، توجد مبادئ "
            "ثابتة: ما الحالات التي تناقشها، ومن يستطيع تقديم حالة، وما الحالات المستبعدة، وكيف "
            "تُقدَّم الحالة."
        ),
        "fa": (
            "برای اینکه کمیته بتواند پرونده‌های فردی را منظم و در حدی که از عهده‌اش برمی‌آید "
            "بررسی کند، اصول مشخصی وجود دارد: کدام پرونده‌ها را بررسی می‌کند، چه کسی می‌تواند "
            "پرونده‌ای ارائه دهد، کدام پرونده‌ها مستثنا هستند و یک پرونده چگونه ارائه می‌شود."
        ),
        "tr": (
            "Kurulun tek tek durumları düzenli biçimde ve altından kalkabileceği ölçüde "
            "görüşebilmesi için belirli ilkeler geçerlidir: hangi durumları görüştüğü, bir durumu "
            "kimin sunabileceği, hangi durumların kapsam dışında olduğu ve bir durumun nasıl "
            "sunulduğu."
        ),
        "uk": (
            "Щоб комісія могла розглядати окремі справи впорядковано та в посильному обсязі, "
            "діють чіткі принципи: які справи вона розглядає, хто може подати справу, які справи "
            "виключені і як подається справа."
        ),
    },
    "Welche Fälle das Gremium berät": {
        "en": "Which cases the committee discusses",
        "ar": "الحالات التي تناقشها اللجنة",
        "fa": "کمیته کدام پرونده‌ها را بررسی می‌کند",
        "tr": "Kurulun görüştüğü durumlar",
        "uk": "Які справи розглядає комісія",
    },
    (
        "Vor allem Fälle von Menschen, die ausreisepflichtig sind und eine Duldung haben, wenn "
        "eine Rückführung in das Herkunftsland oder in ein anderes Land, das zur Rücknahme "
        "verpflichtet ist, für sie eine besondere Härte sein kann."
    ): {
        "en": (
            "Mainly cases of people who are obliged to leave the country and have a Duldung, "
            "where being returned to their country of origin or to another country that is "
            "obliged to take them back could be a particular hardship for them."
        ),
        "ar": (
            "قبل كل شيء حالات الأشخاص الملزمين بمغادرة البلاد والحاصلين على الدولدونغ، عندما تكون "
            "إعادتهم إلى بلدهم الأصلي أو إلى بلد آخر ملزم باستقبالهم مشقةً خاصة بالنسبة لهم."
        ),
        "fa": (
            "بیش از همه پرونده‌های افرادی که موظف به ترک کشور هستند و دولدونگ دارند، در صورتی که "
            "بازگرداندن آنان به کشور مبدأ یا به کشور دیگری که موظف به پذیرش دوباره آنان است، برای "
            "آنان سختی ویژه‌ای باشد."
        ),
        "tr": (
            "Öncelikle ülkeyi terk etmekle yükümlü olan ve Duldung'u bulunan, menşe ülkesine veya "
            "onları geri almakla yükümlü başka bir ülkeye geri gönderilmesi kendileri için özel "
            "bir mağduriyet olabilecek insanların durumları."
        ),
        "uk": (
            "Насамперед справи людей, які зобов'язані виїхати й мають Duldung, якщо повернення до "
            "країни походження або до іншої країни, зобов'язаної їх прийняти, може бути для них "
            "особливо тяжким."
        ),
    },
    "So kommt ein Fall zum Gremium": {
        "en": "How a case reaches the committee",
        "ar": "كيف تصل الحالة إلى اللجنة",
        "fa": "یک پرونده چگونه به کمیته می‌رسد",
        "tr": "Bir durum kurula nasıl ulaşır",
        "uk": "Як справа потрапляє до комісії",
    },
    "Beratung in einer Beratungsstelle": {
        "en": "Advice at an advice centre",
        "ar": "الاستشارة في مركز استشارة",
        "fa": "مشاوره در یک مرکز مشاوره",
        "tr": "Bir danışma merkezinde danışmanlık",
        "uk": "Консультація в консультаційному центрі",
    },
    (
        "Die betroffene Person lässt sich von einer hauptamtlichen Beraterin oder einem "
        "hauptamtlichen Berater beraten: im Kommunalen Integrationsmanagement oder in der "
        "Flüchtlingsberatung eines freien Trägers."
    ): {
        "en": (
            "The person concerned gets advice from a professional advisor: in the municipal "
            "integration management or in the refugee counselling of an independent welfare "
            "organisation."
        ),
        "ar": (
            "يحصل الشخص المعني على استشارة من مستشارة أو مستشار مختص: في إدارة الاندماج "
            "البلدية أو في خدمة استشارة اللاجئين لدى جهة مستقلة."
        ),
        "fa": (
            "فرد مربوط از یک مشاور حرفه‌ای مشاوره می‌گیرد: در مدیریت ادغام شهرداری یا در مشاوره "
            "پناهجویان یک سازمان مستقل."
        ),
        "tr": (
            "İlgili kişi profesyonel bir danışmandan danışmanlık alır: belediyenin uyum "
            "yönetiminde veya bağımsız bir kuruluşun mülteci danışmanlığında."
        ),
        "uk": (
            "Відповідна особа отримує консультацію у штатної консультантки або штатного "
            "консультанта: у муніципальному управлінні з інтеграції або в консультації для "
            "біженців незалежної організації."
        ),
    },
    "Einverständniserklärung unterschreiben": {
        "en": "Sign the declaration of consent",
        "ar": "توقيع إقرار الموافقة",
        "fa": "امضای رضایت‌نامه",
        "tr": "Onay beyanını imzalamak",
        "uk": "Підписати заяву про згоду",
    },
    (
        "Die betroffene Person erklärt schriftlich, dass sie mit der Weitergabe und Beratung "
        "ihrer Daten einverstanden ist."
    ): {
        "en": (
            "The person concerned declares in writing that they agree to their data being "
            "passed on and discussed."
        ),
        "ar": "يقرّ الشخص المعني كتابيًا بأنه موافق على نقل بياناته ومناقشتها.",
        "fa": "فرد مربوط کتباً اعلام می‌کند که با انتقال و بررسی اطلاعاتش موافق است.",
        "tr": (
            "İlgili kişi, verilerinin iletilmesini ve görüşülmesini kabul ettiğini yazılı "
            "olarak beyan eder."
        ),
        "uk": (
            "Відповідна особа письмово підтверджує, що погоджується на передачу та "
            "обговорення своїх даних."
        ),
    },
    "Kurzantrag einreichen": {
        "en": "Submit the short application",
        "ar": "تقديم الطلب المختصر",
        "fa": "ارائه درخواست کوتاه",
        "tr": "Kısa başvuruyu sunmak",
        "uk": "Подати коротку заяву",
    },
    (
        "Die Beratungsstelle reicht den standardisierten Kurzantrag ein. Er nennt alle Gründe, "
        "die für eine besondere Härte sprechen."
    ): {
        "en": (
            "The advice centre submits the standard short application. It states all the "
            "reasons that point to a particular hardship."
        ),
        "ar": (
            "يقدّم مركز الاستشارة الطلب المختصر الموحّد. ويذكر فيه كل الأسباب التي تدل على "
            "وجود مشقة خاصة."
        ),
        "fa": (
            "مرکز مشاوره درخواست کوتاه استاندارد را ارائه می‌دهد. در آن همه دلایلی که نشان‌دهنده "
            "سختی ویژه است ذکر می‌شود."
        ),
        "tr": (
            "Danışma merkezi standart kısa başvuruyu sunar. Başvuruda özel bir mağduriyete "
            "işaret eden tüm gerekçeler belirtilir."
        ),
        "uk": (
            "Консультаційний центр подає стандартизовану коротку заяву. У ній названо всі "
            "причини, які свідчать про особливу тяжкість."
        ),
    },
    "Beratung im Gremium": {
        "en": "Discussion in the committee",
        "ar": "المناقشة في اللجنة",
        "fa": "بررسی در کمیته",
        "tr": "Kurulda görüşme",
        "uk": "Розгляд у комісії",
    },
    (
        "Die Mitglieder befassen sich unabhängig mit dem Fall und erarbeiten eine gemeinsame "
        "Einschätzung. Die Leitung der Ausländerbehörde legt dafür in der Sitzung die Unterlagen "
        "der Behörde vor, die für die Entscheidung wichtig sind."
    ): {
        "en": (
            "The members deal with the case independently and work out a joint assessment. For "
            "this, the head of the foreigners' authority presents at the meeting the authority's "
            "documents that matter for the decision."
        ),
        "ar": (
            "يدرس الأعضاء الحالة باستقلالية، ثم يُعِدّون تقييمًا مشتركًا. ولهذا تقدّم رئاسة "
            "دائرة الأجانب في الجلسة وثائق الدائرة المهمة للقرار."
        ),
        "fa": (
            "اعضا به‌طور مستقل پرونده را بررسی می‌کنند و یک ارزیابی مشترک تهیه می‌کنند. رئیس "
            "اداره اتباع خارجی برای این کار مدارکی از اداره را که برای تصمیم مهم هستند در جلسه "
            "ارائه می‌دهد."
        ),
        "tr": (
            "Üyeler durumu bağımsız olarak ele alır ve ortak bir değerlendirme hazırlar. "
            "Yabancılar Dairesi'nin yöneticisi bunun için toplantıda dairenin karar için önemli "
            "olan belgelerini sunar."
        ),
        "uk": (
            "Члени комісії незалежно розглядають справу та напрацьовують спільну оцінку. Для "
            "цього керівництво відомства у справах іноземців надає на засіданні документи "
            "відомства, важливі для рішення."
        ),
    },
    "Mitteilung der Einschätzung": {
        "en": "The assessment is communicated",
        "ar": "إبلاغ التقييم",
        "fa": "اعلام ارزیابی",
        "tr": "Değerlendirmenin bildirilmesi",
        "uk": "Повідомлення оцінки",
    },
    (
        "Die betroffene Person erfährt über ihre Beratungsstelle die Einschätzung des Gremiums zu "
        "ihrem Fall. Die Leitung der Ausländerbehörde informiert die Behörde über die Befassung."
    ): {
        "en": (
            "The person concerned learns the committee's assessment of their case through their "
            "advice centre. The head of the foreigners' authority informs the office that the "
            "case was discussed."
        ),
        "ar": (
            "يعرف الشخص المعني تقييم اللجنة لحالته عن طريق مركز الاستشارة الذي يتابعه. وتُبلغ "
            "رئاسةُ دائرة الأجانب الدائرةَ بأن الحالة نوقشت."
        ),
        "fa": (
            "فرد مربوط ارزیابی کمیته درباره پرونده‌اش را از طریق مرکز مشاوره خود دریافت می‌کند. "
            "رئیس اداره اتباع خارجی اداره را از بررسی پرونده مطلع می‌کند."
        ),
        "tr": (
            "İlgili kişi, kurulun durumu hakkındaki değerlendirmesini danışma merkezi "
            "aracılığıyla öğrenir. Yabancılar Dairesi'nin yöneticisi, durumun görüşüldüğünü "
            "daireye bildirir."
        ),
        "uk": (
            "Особа дізнається оцінку комісії щодо своєї справи через свій консультаційний центр. "
            "Керівництво відомства у справах іноземців повідомляє відомство про розгляд справи."
        ),
    },
    "Datenschutz": {
        "en": "Data protection",
        "ar": "حماية البيانات",
        "fa": "حفاظت از داده‌ها",
        "tr": "Veri koruma",
        "uk": "Захист даних",
    },
    (
        "Antrag und Beratung unterliegen dem Datenschutz. Ohne die unterschriebene "
        "Einverständniserklärung der betroffenen Person wird kein Fall beraten."
    ): {
        "en": (
            "The application and the discussion are subject to data protection law. No case "
            "is discussed without the signed declaration of consent of the person concerned."
        ),
        "ar": (
            "يخضع الطلب والمناقشة لقواعد حماية البيانات. لا تُناقَش أي حالة دون إقرار الموافقة "
            "الموقّع من الشخص المعني."
        ),
        "fa": (
            "درخواست و بررسی آن تابع قوانین حفاظت از داده‌هاست. بدون رضایت‌نامه امضاشده فرد "
            "مربوط، هیچ پرونده‌ای بررسی نمی‌شود."
        ),
        "tr": (
            "Başvuru ve görüşme veri korumasına tabidir. İlgili kişinin imzalı onay beyanı "
            "olmadan hiçbir durum görüşülmez."
        ),
        "uk": (
            "Заява та її розгляд підлягають захисту даних. Без підписаної заяви про згоду "
            "відповідної особи жодна справа не розглядається."
        ),
    },
    # How to get advice
    "So bekommen Sie Beratung": {
        "en": "How to get advice",
        "ar": "كيف تحصل على استشارة",
        "fa": "چگونه مشاوره بگیرید",
        "tr": "Nasıl danışmanlık alırsınız",
        "uk": "Як отримати консультацію",
    },
    (
        "Einen Fall beim Gremium einreichen können nur hauptamtliche Beraterinnen und Berater. "
        "Wenden Sie sich deshalb zuerst an eine Beratungsstelle."
    ): {
        "en": (
            "Only professional advisors can submit a case to the committee. So please contact "
            "an advice centre first."
        ),
        "ar": (
            "لا يستطيع تقديم حالة إلى اللجنة إلا المستشارات والمستشارون المختصون. لذلك توجّه "
            "أولًا إلى مركز استشارة."
        ),
        "fa": (
            "فقط مشاوران حرفه‌ای می‌توانند پرونده‌ای را به کمیته ارائه دهند. بنابراین ابتدا به "
            "یک مرکز مشاوره مراجعه کنید."
        ),
        "tr": (
            "Kurula bir durumu yalnızca profesyonel danışmanlar sunabilir. Bu nedenle önce bir "
            "danışma merkezine başvurun."
        ),
        "uk": (
            "Подати справу до комісії можуть лише штатні консультантки та консультанти. Тому "
            "спершу зверніться до консультаційного центру."
        ),
    },
    "In drei Schritten zur Beratung": {
        "en": "Three steps to advice",
        "ar": "ثلاث خطوات للحصول على الاستشارة",
        "fa": "در سه گام تا مشاوره",
        "tr": "Üç adımda danışmanlığa",
        "uk": "Три кроки до консультації",
    },
    "Beratungsstelle auswählen": {
        "en": "Choose an advice centre",
        "ar": "اختر مركز استشارة",
        "fa": "یک مرکز مشاوره انتخاب کنید",
        "tr": "Bir danışma merkezi seçin",
        "uk": "Оберіть консультаційний центр",
    },
    (
        "Suchen Sie unten eine Beratungsstelle aus. Fragen Sie, ob dort jemand Ihre Sprache "
        "spricht oder ob eine Dolmetscherin oder ein Dolmetscher helfen kann."
    ): {
        "en": (
            "Choose an advice centre below. Ask whether someone there speaks your language or "
            "whether an interpreter can help."
        ),
        "ar": (
            "اختر مركز استشارة من القائمة أدناه. اسأل إن كان هناك من يتحدث لغتك أو إن كان "
            "بإمكان مترجمة أو مترجم المساعدة."
        ),
        "fa": (
            "در پایین یک مرکز مشاوره انتخاب کنید. بپرسید که آیا کسی در آنجا به زبان شما صحبت "
            "می‌کند یا مترجمی می‌تواند کمک کند."
        ),
        "tr": (
            "Aşağıdan bir danışma merkezi seçin. Orada dilinizi konuşan biri olup olmadığını "
            "veya bir tercümanın yardım edip edemeyeceğini sorun."
        ),
        "uk": (
            "Оберіть нижче консультаційний центр. Запитайте, чи хтось там говорить вашою мовою "
            "або чи може допомогти перекладачка чи перекладач."
        ),
    },
    "Termin vereinbaren": {
        "en": "Make an appointment",
        "ar": "احجز موعدًا",
        "fa": "وقت ملاقات بگیرید",
        "tr": "Randevu alın",
        "uk": "Домовтеся про зустріч",
    },
    "Nehmen Sie Ihre Duldung und die Briefe der Ausländerbehörde mit.": {
        "en": "Bring your Duldung and the letters from the foreigners' authority.",
        "ar": "أحضر معك وثيقة الدولدونغ ورسائل دائرة الأجانب.",
        "fa": "دولدونگ خود و نامه‌های اداره اتباع خارجی را همراه بیاورید.",
        "tr": "Duldung belgenizi ve Yabancılar Dairesi'nden gelen mektupları yanınızda getirin.",
        "uk": "Візьміть із собою свій Duldung і листи від відомства у справах іноземців.",
    },
    "Gemeinsam entscheiden": {
        "en": "Decide together",
        "ar": "قرّروا معًا",
        "fa": "با هم تصمیم بگیرید",
        "tr": "Birlikte karar verin",
        "uk": "Вирішуйте разом",
    },
    (
        "Die Beraterin oder der Berater prüft mit Ihnen, ob ein Antrag beim Gremium sinnvoll "
        "ist, und hilft Ihnen dabei."
    ): {
        "en": (
            "The advisor checks with you whether an application to the committee makes sense "
            "and helps you with it."
        ),
        "ar": (
            "تتحقق المستشارة أو يتحقق المستشار معك مما إذا كان تقديم طلب إلى اللجنة مفيدًا، "
            "ويساعدك في ذلك."
        ),
        "fa": (
            "مشاور همراه با شما بررسی می‌کند که آیا درخواست به کمیته منطقی است و در این کار به "
            "شما کمک می‌کند."
        ),
        "tr": (
            "Danışman sizinle birlikte kurula başvurunun anlamlı olup olmadığını inceler ve bu "
            "konuda size yardımcı olur."
        ),
        "uk": (
            "Консультантка або консультант разом з вами перевіряє, чи має сенс звертатися до "
            "комісії, і допомагає вам у цьому."
        ),
    },
    # Finder
    "Beratung finden": {
        "en": "Find advice",
        "ar": "ابحث عن استشارة",
        "fa": "پیدا کردن مشاوره",
        "tr": "Danışmanlık bulun",
        "uk": "Знайти консультацію",
    },
    (
        "Diese Beratungsstellen in Dortmund haben hauptamtliche Flüchtlingsberaterinnen und "
        "-berater. Sie können einen Fall beim Gremium einreichen."
    ): {
        "en": (
            "These advice centres in Dortmund have professional refugee advisors. They can "
            "submit a case to the committee."
        ),
        "ar": (
            "لدى مراكز الاستشارة هذه في دورتموند مستشارات ومستشارون مختصون لشؤون اللاجئين. "
            "ويمكنهم تقديم حالة إلى اللجنة."
        ),
        "fa": (
            "این مراکز مشاوره در دورتموند مشاوران حرفه‌ای پناهجویان دارند. آنها می‌توانند "
            "پرونده‌ای را به کمیته ارائه دهند."
        ),
        "tr": (
            "Dortmund'daki bu danışma merkezlerinde profesyonel mülteci danışmanları vardır. "
            "Kurula bir durum sunabilirler."
        ),
        "uk": (
            "У цих консультаційних центрах Дортмунда працюють штатні консультантки та "
            "консультанти для біженців. Вони можуть подати справу до комісії."
        ),
    },
    # Advice centres
    (
        "Hauptamtliche Flüchtlingsberatung eines Wohlfahrtsverbandes. Kann Fälle beim Gremium "
        "einreichen."
    ): {
        "en": (
            "Professional refugee counselling of a welfare organisation. Can submit cases to "
            "the committee."
        ),
        "ar": "استشارة مختصة للاجئين لدى جمعية رعاية اجتماعية. يمكنها تقديم حالات إلى اللجنة.",
        "fa": (
            "مشاوره حرفه‌ای پناهجویان در یک سازمان رفاهی. می‌تواند پرونده‌ها را به کمیته ارائه دهد."
        ),
        "tr": (
            "Bir sosyal yardım kuruluşunun profesyonel mülteci danışmanlığı. Kurula durum "
            "sunabilir."
        ),
        "uk": (
            "Професійна консультація для біженців від благодійної організації. Може подавати "
            "справи до комісії."
        ),
    },
    (
        "Hauptamtliche Flüchtlingsberatung, auch (Verfahrens-)Beratung für unbegleitete "
        "minderjährige Ausländerinnen und Ausländer (UMA). Kann Fälle beim Gremium einreichen."
    ): {
        "en": (
            "Professional refugee counselling, including (procedural) advice for "
            "unaccompanied foreign minors (UMA). Can submit cases to the committee."
        ),
        "ar": (
            "استشارة مختصة للاجئين، وكذلك استشارة (إجرائية) للقاصرين الأجانب غير المصحوبين "
            "(UMA). يمكنها تقديم حالات إلى اللجنة."
        ),
        "fa": (
            "مشاوره حرفه‌ای پناهجویان، همچنین مشاوره (روندی) برای افراد خارجی زیر سن قانونی "
            "بدون همراه (UMA). می‌تواند پرونده‌ها را به کمیته ارائه دهد."
        ),
        "tr": (
            "Profesyonel mülteci danışmanlığı; refakatsiz reşit olmayan yabancılar (UMA) için "
            "(usule ilişkin) danışmanlık da verir. Kurula durum sunabilir."
        ),
        "uk": (
            "Професійна консультація для біженців, а також (процедурна) консультація для "
            "неповнолітніх іноземців без супроводу (UMA). Може подавати справи до комісії."
        ),
    },
    (
        "Hauptamtliche Flüchtlingsberatung eines freien Trägers. Kann Fälle beim Gremium "
        "einreichen."
    ): {
        "en": (
            "Professional refugee counselling of an independent organisation. Can submit "
            "cases to the committee."
        ),
        "ar": "استشارة مختصة للاجئين لدى جهة مستقلة. يمكنها تقديم حالات إلى اللجنة.",
        "fa": (
            "مشاوره حرفه‌ای پناهجویان در یک سازمان مستقل. می‌تواند پرونده‌ها را به کمیته ارائه دهد."
        ),
        "tr": ("Bağımsız bir kuruluşun profesyonel mülteci danışmanlığı. Kurula durum sunabilir."),
        "uk": (
            "Професійна консультація для біженців від незалежної організації. Може подавати "
            "справи до комісії."
        ),
    },
}
