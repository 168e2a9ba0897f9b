//! The interface's words in Dutch and English. The letter's own text is never translated.

use kamerbrief::{Date, Frame, ItemKind, Precision, Status};

use crate::query::Lang;

/// Every fixed text of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Text {
    Tagline,
    SkipToContent,
    SkipFilters,
    NavOverview,
    NavTimeline,
    NavMap,
    NavLetter,
    NavSearch,
    MainNavigation,
    SwitchLanguage,
    OverviewTitle,
    Missions,
    TheLetter,
    Paragraphs,
    Untitled,
    Filters,
    Organisation,
    Status,
    Region,
    ClearFilters,
    NoMissionMatches,
    IgnoredFilters,
    NoDate,
    PageNotFound,
    NoPageAt,
    GoHome,
    LetterUnreadable,
    Reload,
    Source,
    OfficialPublication,
    NoServer,
    Timeline,
    TimelineHelp,
    ZoomIn,
    ZoomOut,
    PanEarlier,
    PanLater,
    ResetView,
    LetterDate,
    General,
    Map,
    MapHelp,
    Legend,
    MissionsByPlace,
    StatusSentence,
    LetterSays,
    StatusGlossary,
    Contribution,
    Partners,
    LegalBasis,
    References,
    Evidence,
    Places,
    Dates,
    NoneStated,
    OpenInLetter,
    MissionNotFound,
    NoMissionWithId,
    DidYouMean,
    AllMissions,
    Footnote,
    Footnotes,
    Search,
    SearchLabel,
    SearchHint,
    NoResults,
    Sentences,
    Organisations,
    Events,
    Standby,
    BasemapUnavailable,
    LetterStaysDutch,
    SiteDescription,
    TimelineDescription,
    MapDescription,
    LetterDescription,
    SearchDescription,
    Share,
    ShareHelp,
    LinkCopied,
    CopyThisLink,
    Downloads,
    ViewUnavailable,
    TryAgain,
    PlacesAndPartners,
    DecisionDue,
    ContributionPeriod,
    Decision,
    Period,
    LeadNation,
    NoItems,
    NoEndDate,
    NoPeriod,
    Contributions,
    OpenMission,
    Close,
    Figures,
    // What a quiet name in the letter is, in its tooltip
    MarkPlace,
    MarkDate,
    MarkFigure,
    // The commitments table
    NavCommitments,
    CommitmentsDescription,
    ColumnMission,
    ColumnParties,
    NotStated,
    SortHint,
    // Timeline of commitments
    TimelineKindPeriod,
    TimelineKindDecision,
    TimelineKindHistory,
    TimelineOpenEnd,
    TimelineDecision,
    TimelineLetterFlag,
    TimelineNoPeriod,
    // Opening a letter
    NavOpen,
    OpenTitle,
    OpenDescription,
    OpenPrivacy,
    LetterTextLabel,
    LetterTextHint,
    OpenButton,
    DropOrChoose,
    ChooseFile,
    ReadingLetter,
    ProblemEmpty,
    ProblemTooLarge,
    ProblemNotText,
    ProblemNotALetter,
    ProblemNotOfGenre,
    ProblemNotALetterFile,
    ProblemParserUnavailable,
    ProblemNotSaved,
    ProblemLinkDamaged,
    ProblemLinkVersion,
    ProblemLinkTooLarge,
    ProblemFileUnreadable,
    InputKept,
    KeptLetters,
    KeptNone,
    KeptUnreadable,
    KeptUnreadableMany,
    RemoveUnreadable,
    Remove,
    OpenedOn,
    ShareFits,
    CopyShareLink,
    ShareTooLong,
    ShareFileOnly,
    DownloadLetter,
    OpenedBannerLead,
    BackToBuiltin,
    YourLetters,
    UntitledLetter,
    OpenedLetter,
    StoredNotKeptTitle,
    StoredNotKept,
    StoredDamaged,
    StoredOldFormat,
    StoredUnreadable,
}

/// The text in the language of the current URL, as a signal. Every translated text in the
/// views goes through this one function, so the wasm carries one copy of the code that keeps
/// a text in step with the language, not one per call site.
pub fn tr(text: Text) -> leptos::prelude::Signal<&'static str> {
    let lang = crate::use_lang();
    leptos::prelude::Signal::derive(move || t(leptos::prelude::Get::get(&lang), text))
}

/// The text in `lang`.
pub fn t(lang: Lang, text: Text) -> &'static str {
    use Text::*;
    let (nl, en) = match text {
        Tagline => ("Kamerbrief missies 2018", "Letter on missions 2018"),
        SiteDescription => (
            "De brief van het kabinet over Nederlandse militaire en civiele bijdragen aan missies in 2018, te verkennen per missie, in de tijd en op de kaart.",
            "The Dutch cabinet's letter on military and civilian contributions to missions in 2018, to explore by mission, in time and on the map.",
        ),
        TimelineDescription => (
            "Elke datum uit de kamerbrief over missies in 2018, per missie, met de precisie waarmee de brief hem noemt.",
            "Every date in the letter on missions in 2018, by mission, drawn as precisely as the letter gives it.",
        ),
        MapDescription => (
            "Waar Nederland in 2018 bijdraagt aan missies, van de Sahel tot Afghanistan en de Baltische staten.",
            "Where the Netherlands contributes to missions in 2018, from the Sahel to Afghanistan and the Baltic states.",
        ),
        LetterDescription => (
            "De volledige tekst van de kamerbrief, elke zin te delen, met de feiten gemarkeerd.",
            "The letter's full text, every sentence linkable, with its facts marked.",
        ),
        SearchDescription => ("Zoek in de brief en in de missies.", "Search the letter and the missions."),
        Share => ("Delen", "Share"),
        ShareHelp => {
            ("Deel de link naar deze weergave, met de filters", "Share the link to this view, filters included")
        }
        LinkCopied => ("Link gekopieerd", "Link copied"),
        CopyThisLink => ("Kopieer deze link:", "Copy this link:"),
        Downloads => ("Downloads", "Downloads"),
        ViewUnavailable => (
            "Deze weergave kon niet worden geladen. Misschien is er geen verbinding.",
            "This view could not be loaded. Perhaps there is no connection.",
        ),
        TryAgain => ("Opnieuw proberen", "Try again"),
        PlacesAndPartners => ("Plaatsen en partners", "Places and partners"),
        DecisionDue => ("Besluit verwacht", "Decision due"),
        ContributionPeriod => ("Periode van de bijdrage", "Contribution period"),
        Decision => ("Besluit", "Decision"),
        Period => ("Periode", "Period"),
        LeadNation => ("Leidende natie", "Lead nation"),
        NoItems => {
            ("De brief zegt niet wat Nederland bijdraagt.", "The letter does not say what the Netherlands contributes.")
        }
        NoEndDate => ("geen einddatum genoemd", "no end date given"),
        NoPeriod => ("De brief noemt geen periode.", "The letter gives no period."),
        Contributions => ("Bijdragen", "Contributions"),
        OpenMission => ("Open de missie", "Open the mission"),
        Close => ("Sluiten", "Close"),
        Figures => ("Aantallen en bedragen", "Numbers and amounts"),
        MarkPlace => ("Plaats", "Place"),
        MarkDate => ("Datum", "Date"),
        MarkFigure => ("Aantal", "Figure"),
        // The commitments table
        NavCommitments => ("Bijdragen", "Commitments"),
        CommitmentsDescription => (
            "Elke Nederlandse bijdrage uit de kamerbrief over missies in 2018 in één tabel: wat, wanneer, het besluit, met wie en de Kamerstukken.",
            "Every Dutch commitment in the letter on missions in 2018 in one table: what, when, the decision, with whom, and the parliamentary papers.",
        ),
        ColumnMission => ("Missie", "Mission"),
        ColumnParties => ("Leidende natie en partners", "Lead nation and partners"),
        NotStated => ("niet genoemd", "not stated"),
        SortHint => ("Sorteer met de knoppen in de kolomkoppen.", "Sort with the buttons in the column headings."),
        SkipToContent => ("Naar de inhoud", "Skip to content"),
        SkipFilters => ("Naar de missies, voorbij de filters", "Skip the filters, to the missions"),
        NavOverview => ("Overzicht", "Overview"),
        NavTimeline => ("Tijdlijn", "Timeline"),
        NavMap => ("Kaart", "Map"),
        NavLetter => ("Brief", "Letter"),
        NavSearch => ("Zoeken", "Search"),
        MainNavigation => ("Hoofdnavigatie", "Main navigation"),
        SwitchLanguage => ("English", "Nederlands"),
        OverviewTitle => ("Nederlandse bijdragen aan missies in 2018", "Dutch contributions to missions in 2018"),
        Missions => ("Missies", "Missions"),
        TheLetter => ("De brief", "The letter"),
        Paragraphs => ("alinea's", "paragraphs"),
        Untitled => ("(zonder kop)", "(untitled)"),
        Filters => ("Filters", "Filters"),
        Organisation => ("Organisatie", "Organisation"),
        Status => ("Status", "Status"),
        Region => ("Regio", "Region"),
        ClearFilters => ("Filters wissen", "Clear filters"),
        NoMissionMatches => ("Geen missie past bij deze filters.", "No mission matches these filters."),
        IgnoredFilters => ("Niet begrepen en genegeerd:", "Not understood, so ignored:"),
        NoDate => ("geen datum genoemd", "no date given"),
        PageNotFound => ("Pagina niet gevonden", "Page not found"),
        NoPageAt => ("Er is geen pagina op", "There is no page at"),
        GoHome => ("Naar het overzicht van alle missies", "Go to the overview of all missions"),
        LetterUnreadable => ("De brief kon niet worden gelezen", "The letter could not be read"),
        Reload => ("App opnieuw laden", "Reload the app"),
        Source => ("Bron", "Source"),
        OfficialPublication => ("Officiële publicatie", "Official publication"),
        NoServer => (
            "Gelezen in uw browser. Geen account, geen tracking, geen server.",
            "Read in your browser. No account, no tracking, no server.",
        ),
        Timeline => ("Tijdlijn", "Timeline"),
        TimelineHelp => (
            "Zoom met + en −, schuif met de pijltjestoetsen, het muiswiel of slepen. Tab naar een markering om de zin te lezen.",
            "Zoom with + and −, pan with the arrow keys, the mouse wheel or by dragging. Tab to a mark to read its sentence.",
        ),
        ZoomIn => ("Inzoomen", "Zoom in"),
        ZoomOut => ("Uitzoomen", "Zoom out"),
        PanEarlier => ("Eerder", "Earlier"),
        PanLater => ("Later", "Later"),
        ResetView => ("Herstel beeld", "Reset view"),
        LetterDate => ("Datum van de brief", "Date of the letter"),
        General => ("Algemeen", "General"),
        Map => ("Kaart", "Map"),
        MapHelp => (
            "Zoom met + en −, schuif met de pijltjestoetsen of door te slepen. Een markering (klik, of Enter) toont wat Nederland er bijdraagt; Escape sluit.",
            "Zoom with + and −, pan with the arrow keys or by dragging. A marker (click it, or press Enter) shows what the Netherlands contributes there; Escape closes.",
        ),
        Legend => ("Legenda", "Legend"),
        MissionsByPlace => ("Missies per plaats", "Missions by place"),
        StatusSentence => ("Waarom deze status", "Why this status"),
        LetterSays => ("De brief zegt:", "The letter says:"),
        StatusGlossary => ("Alle statussen", "All statuses"),
        Contribution => ("Nederlandse bijdrage", "Dutch contribution"),
        Partners => ("Partners", "Partners"),
        LegalBasis => ("Rechtsgrond en mandaat", "Legal basis and mandate"),
        References => ("Kamerstukken", "Parliamentary papers"),
        Evidence => ("Alle zinnen over deze missie", "Every sentence about this mission"),
        Places => ("Plaatsen", "Places"),
        Dates => ("Data", "Dates"),
        NoneStated => ("Niet vermeld in de brief.", "Not stated in the letter."),
        OpenInLetter => ("Lees in de brief", "Read in the letter"),
        MissionNotFound => ("Missie niet gevonden", "Mission not found"),
        NoMissionWithId => ("De brief noemt geen missie met de code", "The letter names no mission with the id"),
        DidYouMean => ("Bedoelde u", "Did you mean"),
        AllMissions => ("Alle missies", "All missions"),
        Footnote => ("Voetnoot", "Footnote"),
        Footnotes => ("Voetnoten", "Footnotes"),
        Search => ("Zoeken", "Search"),
        SearchLabel => ("Zoek in de brief en de missies", "Search the letter and the missions"),
        SearchHint => ("Typ bijvoorbeeld Atalanta, Mali of 2018.", "Try Atalanta, Mali or 2018, for example."),
        NoResults => ("Niets gevonden voor", "Nothing found for"),
        Sentences => ("Zinnen", "Sentences"),
        Organisations => ("Organisaties", "Organisations"),
        Events => ("Data", "Dates"),
        Standby => ("stand-by, geen vaste plaats", "standby, no fixed place"),
        LetterStaysDutch => ("De brief blijft in het Nederlands.", "The letter stays in the original Dutch."),
        BasemapUnavailable => (
            "De landsgrenzen konden niet worden geladen; de markeringen tonen nog wel waar de missies zijn.",
            "The country outlines could not be loaded; the markers still show where the missions are.",
        ),
        // Timeline of commitments
        TimelineKindPeriod => ("Periode van een bijdrage", "Commitment period"),
        TimelineKindDecision => ("Termijn voor een besluit", "Decision window"),
        TimelineKindHistory => ("Eerdere gebeurtenis", "Earlier event"),
        TimelineOpenEnd => ("Open einde", "Open end"),
        TimelineDecision => ("besluit", "decision"),
        TimelineLetterFlag => ("Brief", "Letter"),
        TimelineNoPeriod => ("geen periode genoemd", "no period given"),
        NavOpen => ("Brief openen", "Open a letter"),
        OpenTitle => ("Een brief openen", "Open a letter"),
        OpenDescription => (
            "Plak of sleep een Kamerbrief over Nederlandse bijdragen aan missies: missiekaart leest hem in uw browser en toont zijn missies, data en plaatsen.",
            "Paste or drop a letter to parliament on Dutch contributions to missions: missiekaart reads it in your browser and shows its missions, dates and places.",
        ),
        OpenPrivacy => (
            "De brief wordt in deze browser gelezen en bewaard. Er gaat niets naar een server.",
            "The letter is read and kept in this browser. Nothing is sent to a server.",
        ),
        LetterTextLabel => ("Tekst van de brief", "Letter text"),
        LetterTextHint => (
            "Plak de hele brief, met de kop (dossier, nummer, datum) als u die heeft.",
            "Paste the whole letter, with its header (dossier, number, date) if you have it.",
        ),
        OpenButton => ("Openen", "Open"),
        DropOrChoose => (
            "Of sleep een .txt- of .html-bestand naar dit vak, of kies er een:",
            "Or drop a .txt or .html file onto this box, or choose one:",
        ),
        ChooseFile => ("Bestand kiezen", "Choose a file"),
        ReadingLetter => ("De brief wordt gelezen…", "Reading the letter…"),
        ProblemEmpty => (
            "Er is geen tekst. Plak de tekst van een brief in het tekstvak, of kies een bestand.",
            "There is no text. Paste a letter's text into the box, or choose a file.",
        ),
        ProblemTooLarge => (
            "Dit is te groot voor een brief: missiekaart opent teksten tot 1 MB. Een Kamerbrief is zelden groter dan 300 KB.",
            "This is too large for a letter: missiekaart opens texts up to 1 MB. A letter to parliament is rarely over 300 KB.",
        ),
        ProblemNotText => (
            "Dit bestand is geen tekst (het lijkt een PDF, een afbeelding of een Word-bestand). Kies een .txt- of .html-bestand, of kopieer de tekst van de brief en plak die hier.",
            "This file is not text (it looks like a PDF, an image or a Word file). Choose a .txt or .html file, or copy the letter's text and paste it here.",
        ),
        ProblemNotALetter => (
            "Dit lijkt geen brief: er is geen kop (dossier, nummer, datum) en geen lopende tekst in gevonden.",
            "This does not look like a letter: it has no header (dossier, number, date) and no running text.",
        ),
        ProblemNotOfGenre => (
            "Deze tekst noemt geen missie of operatie, dus het is geen brief over Nederlandse bijdragen aan missies. missiekaart leest alleen zulke brieven.",
            "This text names no mission or operation, so it is not a letter on Dutch contributions to missions. missiekaart reads only such letters.",
        ),
        ProblemNotALetterFile => (
            "Dit JSON-bestand is geen brief die missiekaart heeft opgeslagen.",
            "This JSON file is not a letter that missiekaart saved.",
        ),
        ProblemParserUnavailable => (
            "De code die brieven leest kon niet worden geladen. Misschien is er geen verbinding.",
            "The code that reads letters could not be loaded. Perhaps there is no connection.",
        ),
        ProblemNotSaved => (
            "De brief is geopend, maar deze browser bewaart hem niet: de opslag is vol of uitgeschakeld.",
            "The letter is open, but this browser will not keep it: its storage is full or turned off.",
        ),
        ProblemLinkDamaged => (
            "De brief in deze link kon niet worden gelezen: de link is beschadigd of onvolledig, misschien afgekapt bij het kopiëren.",
            "The letter in this link could not be read: the link is damaged or incomplete, perhaps cut off when it was copied.",
        ),
        ProblemLinkVersion => (
            "Deze link is gemaakt door een andere versie van missiekaart en kan niet worden gelezen.",
            "This link was made by another version of missiekaart and cannot be read.",
        ),
        ProblemLinkTooLarge => (
            "De brief in deze link is groter dan 1 MB en wordt niet geopend.",
            "The letter in this link is over 1 MB and is not opened.",
        ),
        ProblemFileUnreadable => ("Het bestand kon niet worden gelezen.", "The file could not be read."),
        InputKept => ("Wat u had, staat nog in het tekstvak.", "What you had is still in the box."),
        KeptLetters => ("Brieven in deze browser", "Letters kept in this browser"),
        KeptNone => (
            "Nog geen. Brieven die u opent, worden hier bewaard, alleen in deze browser.",
            "None yet. Letters you open are kept here, in this browser only.",
        ),
        KeptUnreadable => (
            "bewaarde brief kon niet worden gelezen (beschadigd, of van een oudere versie van missiekaart) en wordt overgeslagen.",
            "kept letter could not be read (damaged, or saved by an older version of missiekaart) and is left out.",
        ),
        KeptUnreadableMany => (
            "bewaarde brieven konden niet worden gelezen (beschadigd, of van een oudere versie van missiekaart) en worden overgeslagen.",
            "kept letters could not be read (damaged, or saved by an older version of missiekaart) and are left out.",
        ),
        RemoveUnreadable => ("Opruimen", "Clear them away"),
        Remove => ("Verwijderen", "Remove"),
        OpenedOn => ("geopend op", "opened on"),
        ShareFits => (
            "Past in een link. De tekst van de brief zit in de link zelf, na het #-teken, dat nooit naar een server gaat.",
            "Fits in a link. The letter's text is in the link itself, after the # sign, which is never sent to a server.",
        ),
        CopyShareLink => ("Deellink kopiëren", "Copy share link"),
        ShareTooLong => (
            "Te lang voor een link. Download de brief en stuur het bestand: missiekaart opent het weer.",
            "Too long for a link. Download the letter and send the file: missiekaart opens it again.",
        ),
        ShareFileOnly => (
            "Vanaf een bestand op schijf kan missiekaart geen link maken. Download de brief en stuur het bestand: missiekaart opent het weer.",
            "Opened from a file on disk, missiekaart cannot make a link. Download the letter and send the file: missiekaart opens it again.",
        ),
        DownloadLetter => ("Brief downloaden", "Download letter"),
        OpenedBannerLead => ("U leest een brief die u zelf opende:", "You are reading a letter you opened:"),
        BackToBuiltin => ("Terug naar de ingebouwde brief", "Back to the built-in letter"),
        YourLetters => ("Uw brieven", "Your letters"),
        UntitledLetter => ("Brief zonder titel", "Untitled letter"),
        OpenedLetter => ("Geopende brief", "Opened letter"),
        StoredNotKeptTitle => ("Deze brief staat niet in deze browser", "This letter is not in this browser"),
        StoredNotKept => (
            "Brieven die u opent, worden alleen bewaard in de browser waarin u ze opende, tot u ze verwijdert. Om een brief te delen, gebruikt u de deellink op de pagina ‘Brief openen’.",
            "Letters you open are kept only in the browser you opened them in, until you remove them. To share a letter, use its share link on the ‘Open a letter’ page.",
        ),
        StoredDamaged => (
            "De bewaarde brief is beschadigd en kan niet worden getoond.",
            "The kept letter is damaged and cannot be shown.",
        ),
        StoredOldFormat => (
            "De brief is bewaard door een oudere versie van missiekaart en kan niet meer worden gelezen. Open hem opnieuw.",
            "The letter was kept by an older version of missiekaart and can no longer be read. Open it again.",
        ),
        StoredUnreadable => {
            ("De bewaarde tekst leest niet meer als een brief.", "The kept text no longer reads as a letter.")
        }
    };
    match lang {
        Lang::Nl => nl,
        Lang::En => en,
    }
}

/// A mission's status in words.
pub fn status(lang: Lang, status: Status) -> &'static str {
    let (nl, en) = match status {
        Status::Decided => ("Besloten", "Decided"),
        Status::DecisionPending => ("Besluit volgt", "Decision pending"),
        Status::Continuing => ("Wordt voortgezet", "Continuing"),
        Status::Ongoing => ("Lopend", "Ongoing"),
        Status::Past => ("Afgerond", "Past"),
        Status::UnderConsideration => ("In overweging", "Under consideration"),
        Status::Declined => ("Afgewezen", "Declined"),
        Status::Background => ("Achtergrond", "Background"),
    };
    if lang == Lang::Nl { nl } else { en }
}

/// What a status means, in one sentence, for the glossary a status badge opens. `Continuing`
/// and `Ongoing` read alike, so each says how it differs from the other.
pub fn status_help(lang: Lang, status: Status) -> &'static str {
    let (nl, en) = match status {
        Status::DecisionPending => (
            "Het kabinet moet nog besluiten over een Nederlandse bijdrage, of heeft aangekondigd dat te doen.",
            "The cabinet has still to decide on a Dutch contribution, or has said it will.",
        ),
        Status::UnderConsideration => (
            "Het kabinet onderzoekt of Nederland bijdraagt; een besluit is nog niet aangekondigd.",
            "The cabinet is examining whether the Netherlands should contribute; no decision is announced yet.",
        ),
        Status::Decided => (
            "Het kabinet heeft over de Nederlandse bijdrage besloten.",
            "The cabinet has decided on the Dutch contribution.",
        ),
        Status::Continuing => (
            "Een Nederlandse bijdrage die nu loopt en volgens de brief doorgaat in de volgende periode: een verlenging.",
            "A Dutch contribution that runs now and, the letter says, goes on into the next period: an extension.",
        ),
        Status::Ongoing => (
            "Nederland draagt nu bij; anders dan bij ‘Wordt voortgezet’ zegt de brief niets over de volgende periode.",
            "The Netherlands contributes now; unlike ‘Continuing’, the letter says nothing about the next period.",
        ),
        Status::Past => (
            "Nederland droeg eerder bij; die bijdrage is afgelopen.",
            "The Netherlands contributed earlier; that contribution has ended.",
        ),
        Status::Declined => {
            ("Het kabinet heeft besloten niet bij te dragen.", "The cabinet has decided not to contribute.")
        }
        Status::Background => (
            "De brief noemt de missie alleen als achtergrond, zonder Nederlandse bijdrage.",
            "The letter names the mission only as context, with no Dutch contribution.",
        ),
    };
    if lang == Lang::Nl { nl } else { en }
}

/// The clause after the status word in a mission's opening line: who does what. `due` says
/// when a pending decision is due (`soon`, `op korte termijn`).
pub fn summary_clause(lang: Lang, status: Status, due: Option<&str>) -> String {
    let fixed = |nl: &str, en: &str| (if lang == Lang::Nl { nl } else { en }).to_owned();
    match (status, due) {
        (Status::DecisionPending, Some(due)) => match lang {
            Lang::Nl => format!("het kabinet besluit {due} over een bijdrage"),
            Lang::En => format!("the cabinet will decide {due} on a contribution"),
        },
        (Status::DecisionPending, None) => {
            fixed("het kabinet moet nog besluiten over een bijdrage", "the cabinet has yet to decide on a contribution")
        }
        (Status::UnderConsideration, _) => {
            fixed("het kabinet overweegt bij te dragen", "the cabinet is considering whether to contribute")
        }
        (Status::Decided, _) => {
            fixed("het kabinet heeft besloten bij te dragen", "the cabinet has decided to contribute")
        }
        (Status::Continuing, _) => fixed("Nederland blijft bijdragen", "the Netherlands goes on contributing"),
        (Status::Ongoing, _) => fixed("Nederland draagt bij", "the Netherlands contributes"),
        (Status::Past, _) => fixed("Nederland droeg bij", "the Netherlands contributed"),
        (Status::Declined, _) => {
            fixed("het kabinet heeft besloten niet bij te dragen", "the cabinet has decided not to contribute")
        }
        (Status::Background, _) => fixed(
            "de brief noemt de missie als achtergrond, zonder Nederlandse bijdrage",
            "the letter names the mission as context, with no Dutch contribution",
        ),
    }
}

/// The word that joins what is contributed to a mission's opening line: `with`, `met`.
pub fn summary_with(lang: Lang) -> &'static str {
    if lang == Lang::Nl { "met" } else { "with" }
}

/// What kind of contribution an item is, in words.
pub fn item_kind(lang: Lang, kind: ItemKind) -> &'static str {
    let (nl, en) = match kind {
        ItemKind::Military => ("militair", "military"),
        ItemKind::Civilian => ("civiel", "civilian"),
        ItemKind::Police => ("politie", "police"),
        ItemKind::Standby => ("stand-by", "standby"),
        ItemKind::Financial => ("financieel", "financial"),
        ItemKind::Political => ("politiek", "political"),
    };
    if lang == Lang::Nl { nl } else { en }
}

/// Where an inferred date was read from: `read from ‘op korte termijn’`.
pub fn read_from(lang: Lang, words: &str) -> String {
    match lang {
        Lang::Nl => format!("afgeleid uit ‘{words}’"),
        Lang::En => format!("read from ‘{words}’"),
    }
}

/// Where a period taken from the letter's own scope was read from.
pub fn read_from_scope(lang: Lang, words: &str) -> String {
    match lang {
        Lang::Nl => format!("afgeleid uit wat de brief beslaat: ‘{words}’"),
        Lang::En => format!("read from the letter's scope: ‘{words}’"),
    }
}

/// How many missions pass the filters: `All 10 missions`, `3 of 10 missions`.
pub fn missions_shown(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Nl if shown == total && total == 1 => "1 missie".to_owned(),
        Lang::Nl if shown == total => format!("Alle {total} missies"),
        Lang::Nl => format!("{shown} van {total} missies"),
        Lang::En if shown == total && total == 1 => "1 mission".to_owned(),
        Lang::En if shown == total => format!("All {total} missions"),
        Lang::En => format!("{shown} of {total} missions"),
    }
}

/// A period open at its end: `from 1 January 2018`.
pub fn from_date(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Nl => format!("vanaf {date}"),
        Lang::En => format!("from {date}"),
    }
}

/// A period open at its start: `until 1 March 2018`.
pub fn until_date(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Nl => format!("tot en met {date}"),
        Lang::En => format!("until {date}"),
    }
}

/// The order of the commitments table: `Sorted by ‘Period’, ascending.`, or the letter's order
/// when `column` is `None`.
pub fn table_order(lang: Lang, column: Option<&str>, descending: bool) -> String {
    match (lang, column) {
        (Lang::Nl, None) => "In de volgorde van de brief.".to_owned(),
        (Lang::En, None) => "In the letter's order.".to_owned(),
        (Lang::Nl, Some(column)) => {
            format!("Gesorteerd op ‘{column}’, {}.", if descending { "aflopend" } else { "oplopend" })
        }
        (Lang::En, Some(column)) => {
            format!("Sorted by ‘{column}’, {}.", if descending { "descending" } else { "ascending" })
        }
    }
}

/// A mission's frame in words.
pub fn frame(lang: Lang, frame: Frame) -> &'static str {
    let (nl, en) = match frame {
        Frame::Nato => ("NAVO", "NATO"),
        Frame::Eu => ("EU", "EU"),
        Frame::Un => ("VN", "UN"),
        Frame::Coalition => ("Coalitie", "Coalition"),
        Frame::National => ("Nationaal", "National"),
    };
    if lang == Lang::Nl { nl } else { en }
}

/// How precise a date is, in words.
pub fn precision(lang: Lang, precision: Precision) -> &'static str {
    let (nl, en) = match precision {
        Precision::Day => ("dag", "day"),
        Precision::Week => ("week", "week"),
        Precision::Month => ("maand", "month"),
        Precision::Quarter => ("kwartaal", "quarter"),
        Precision::Season => ("seizoen", "season"),
        Precision::HalfYear => ("halfjaar", "half year"),
        Precision::Year => ("jaar", "year"),
        Precision::Period => ("periode", "period"),
        Precision::Relative => ("ten opzichte van de brief", "relative to the letter"),
        Precision::Recurring => ("terugkerend", "recurring"),
    };
    if lang == Lang::Nl { nl } else { en }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of a month (1 to 12).
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    let names = if lang == Lang::Nl { &kamerbrief::DUTCH_MONTHS } else { &MONTHS_EN };
    names.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

const MONTHS_SHORT_NL: [&str; 12] =
    ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTHS_SHORT_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The short name of a month (1 to 12), for tick labels.
pub fn month_short(lang: Lang, month: u8) -> &'static str {
    let names = if lang == Lang::Nl { &MONTHS_SHORT_NL } else { &MONTHS_SHORT_EN };
    names.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("?")
}

/// A date as people write it: `4 September 2017`, `4 september 2017`.
pub fn long_date(lang: Lang, date: Date) -> String {
    format!("{} {} {}", date.day, month_name(lang, date.month), date.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_long_date_in_both_languages() {
        let date = "2017-09-04".parse().unwrap();
        assert_eq!(long_date(Lang::En, date), "4 September 2017");
        assert_eq!(long_date(Lang::Nl, date), "4 september 2017");
    }

    #[test]
    fn ok_inferred_dates_name_their_words() {
        assert_eq!(read_from(Lang::En, "op korte termijn"), "read from ‘op korte termijn’");
        assert_eq!(read_from(Lang::Nl, "dit najaar"), "afgeleid uit ‘dit najaar’");
        assert_eq!(item_kind(Lang::Nl, ItemKind::Standby), "stand-by");
    }

    #[test]
    fn ok_footnotes_heading_is_a_word() {
        // The letter's footnotes were headed "Footnoteen" and "Voetnooten": a plural made by appending "en".
        assert_eq!(t(Lang::En, Text::Footnotes), "Footnotes");
        assert_eq!(t(Lang::Nl, Text::Footnotes), "Voetnoten");
    }

    #[test]
    fn ok_missions_shown_in_both_languages() {
        assert_eq!(missions_shown(Lang::Nl, 10, 10), "Alle 10 missies");
        assert_eq!(missions_shown(Lang::En, 3, 10), "3 of 10 missions");
        // A letter with one mission said "All 1 missions".
        assert_eq!(missions_shown(Lang::En, 1, 1), "1 mission");
        assert_eq!(missions_shown(Lang::Nl, 1, 1), "1 missie");
        assert_eq!(from_date(Lang::Nl, "1 januari 2018"), "vanaf 1 januari 2018");
        assert_eq!(until_date(Lang::En, "1 March 2018"), "until 1 March 2018");
    }

    #[test]
    fn ok_every_status_has_a_distinct_label_in_each_language() {
        for lang in [Lang::Nl, Lang::En] {
            let labels: std::collections::HashSet<_> = Status::ALL.iter().map(|s| status(lang, *s)).collect();
            assert_eq!(labels.len(), Status::ALL.len());
        }
    }
}
