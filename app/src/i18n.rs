//! Translations: a small typed catalogue (one enum of keys, one exhaustive `match` per
//! language, so a missing translation is a compile error) and the language signal.
//!
//! Why not `leptos_i18n` (0.6.2, the line for leptos 0.8): it builds here, but measured on
//! the same 4-key, 4-locale test app (profile `wasm-release`, `wasm-opt -Oz`, crate built
//! with `default-features = false, features = ["csr"]`) it added 86 KB of wasm
//! (1,079,849 -> 1,166,042 bytes) and 30 KB gzipped (268,873 -> 299,019), about +11 %,
//! before a single string of ours, and ~86 more crates to compile (icu_*, leptos-use,
//! serde, yaml/json5 parsers). Over the 2G links Praxis is built for, 30 KB is seconds on
//! every cold load; this catalogue costs only its strings. Plurals or number formatting,
//! if ever needed, are the moment to measure again.

use leptos::prelude::*;

const LANG_KEY: &str = "praxis.lang";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
    Pt,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Es, Lang::Pt, Lang::Fr];

    /// BCP 47 code, used for `<html lang>`, localStorage and the `<select>` values.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::Fr => "fr",
        }
    }

    /// The language's own name: someone who cannot read the current language still finds theirs.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pt => "Português",
            Lang::Fr => "Français",
        }
    }

    /// Match a language tag such as `pt-BR` on its primary subtag.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }
}

/// Every user-visible string of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    AppName,
    SkipToContent,
    MainNav,
    NavHome,
    NavNew,
    Language,
    ConnectionLabel,
    ConnOffline,
    ConnConnecting,
    ConnSyncing,
    ConnSynced,
    HomeHeading,
    HomeEmpty,
    HomeLoading,
    Untitled,
    NewHeading,
    FieldTitle,
    FieldProblem,
    ProblemHint,
    Create,
    TitleRequired,
    ShareHeading,
    ShareHint,
    CopyLink,
    Copied,
    CopyFailed,
    LookingFor,
    LookingOffline,
    NotFoundOnRelay,
    InvalidLink,
    PageNotFound,
    BackHome,
    Dismiss,
    ErrorStorageUnavailable,
    ErrorStorageRead,
    ErrorStorageWrite,
    ErrorCorruptDocument,
    ErrorUnreadable,
    ErrorCreate,
    ErrorEdit,
}

/// The text for `key` in `lang`.
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
        Lang::Es => es(key),
        Lang::Pt => pt(key),
        Lang::Fr => fr(key),
    }
}

fn en(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppName => "Praxis",
        SkipToContent => "Skip to main content",
        MainNav => "Main",
        NavHome => "My communities",
        NavNew => "New community",
        Language => "Language",
        ConnectionLabel => "Connection:",
        ConnOffline => "Offline",
        ConnConnecting => "Connecting…",
        ConnSyncing => "Syncing…",
        ConnSynced => "Synced",
        HomeHeading => "My communities",
        HomeEmpty => "There are no communities on this device yet.",
        HomeLoading => "Loading the communities stored on this device…",
        Untitled => "Untitled community",
        NewHeading => "New community",
        FieldTitle => "Title",
        FieldProblem => "Problem statement",
        ProblemHint => "The health problem this community of practice will work on.",
        Create => "Create community",
        TitleRequired => "Enter a title for the community.",
        ShareHeading => "Share",
        ShareHint => "Send this link to other members: it opens this community in their browser.",
        CopyLink => "Copy link",
        Copied => "Link copied.",
        CopyFailed => "Could not copy. Select the link and copy it by hand.",
        LookingFor => "Looking for this community…",
        LookingOffline => "You are offline. The community will load when the connection returns.",
        NotFoundOnRelay => "This community was not found on the relay.",
        InvalidLink => "This link is not a valid community link.",
        PageNotFound => "Page not found.",
        BackHome => "Back to my communities",
        Dismiss => "Dismiss",
        ErrorStorageUnavailable => {
            "Storage on this device is unavailable: changes will be lost when the page closes."
        }
        ErrorStorageRead => "Could not read the communities stored on this device.",
        ErrorStorageWrite => "Could not save your changes on this device.",
        ErrorCorruptDocument => "A community stored on this device is damaged and was skipped.",
        ErrorUnreadable => "A community could not be read.",
        ErrorCreate => "Could not create the community.",
        ErrorEdit => "Could not apply your edit.",
    }
}

fn es(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppName => "Praxis",
        SkipToContent => "Saltar al contenido principal",
        MainNav => "Principal",
        NavHome => "Mis comunidades",
        NavNew => "Nueva comunidad",
        Language => "Idioma",
        ConnectionLabel => "Conexión:",
        ConnOffline => "Sin conexión",
        ConnConnecting => "Conectando…",
        ConnSyncing => "Sincronizando…",
        ConnSynced => "Sincronizado",
        HomeHeading => "Mis comunidades",
        HomeEmpty => "Todavía no hay comunidades en este dispositivo.",
        HomeLoading => "Cargando las comunidades guardadas en este dispositivo…",
        Untitled => "Comunidad sin título",
        NewHeading => "Nueva comunidad",
        FieldTitle => "Título",
        FieldProblem => "Planteamiento del problema",
        ProblemHint => "El problema de salud que abordará esta comunidad de práctica.",
        Create => "Crear comunidad",
        TitleRequired => "Escriba un título para la comunidad.",
        ShareHeading => "Compartir",
        ShareHint => "Envíe este enlace a otros miembros: abre esta comunidad en su navegador.",
        CopyLink => "Copiar enlace",
        Copied => "Enlace copiado.",
        CopyFailed => "No se pudo copiar. Seleccione el enlace y cópielo a mano.",
        LookingFor => "Buscando esta comunidad…",
        LookingOffline => "Está sin conexión. La comunidad se cargará cuando vuelva la conexión.",
        NotFoundOnRelay => "Esta comunidad no se encontró en el relé.",
        InvalidLink => "Este enlace no es un enlace de comunidad válido.",
        PageNotFound => "Página no encontrada.",
        BackHome => "Volver a mis comunidades",
        Dismiss => "Cerrar",
        ErrorStorageUnavailable => {
            "El almacenamiento de este dispositivo no está disponible: los cambios se perderán al cerrar la página."
        }
        ErrorStorageRead => "No se pudieron leer las comunidades guardadas en este dispositivo.",
        ErrorStorageWrite => "No se pudieron guardar sus cambios en este dispositivo.",
        ErrorCorruptDocument => {
            "Una comunidad guardada en este dispositivo está dañada y se omitió."
        }
        ErrorUnreadable => "No se pudo leer una comunidad.",
        ErrorCreate => "No se pudo crear la comunidad.",
        ErrorEdit => "No se pudo aplicar su cambio.",
    }
}

fn pt(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppName => "Praxis",
        SkipToContent => "Ir para o conteúdo principal",
        MainNav => "Principal",
        NavHome => "Minhas comunidades",
        NavNew => "Nova comunidade",
        Language => "Idioma",
        ConnectionLabel => "Conexão:",
        ConnOffline => "Sem conexão",
        ConnConnecting => "Conectando…",
        ConnSyncing => "Sincronizando…",
        ConnSynced => "Sincronizado",
        HomeHeading => "Minhas comunidades",
        HomeEmpty => "Ainda não há comunidades neste dispositivo.",
        HomeLoading => "Carregando as comunidades salvas neste dispositivo…",
        Untitled => "Comunidade sem título",
        NewHeading => "Nova comunidade",
        FieldTitle => "Título",
        FieldProblem => "Definição do problema",
        ProblemHint => "O problema de saúde que esta comunidade de prática vai abordar.",
        Create => "Criar comunidade",
        TitleRequired => "Digite um título para a comunidade.",
        ShareHeading => "Compartilhar",
        ShareHint => {
            "Envie este link a outros membros: ele abre esta comunidade no navegador deles."
        }
        CopyLink => "Copiar link",
        Copied => "Link copiado.",
        CopyFailed => "Não foi possível copiar. Selecione o link e copie-o manualmente.",
        LookingFor => "Procurando esta comunidade…",
        LookingOffline => {
            "Você está sem conexão. A comunidade será carregada quando a conexão voltar."
        }
        NotFoundOnRelay => "Esta comunidade não foi encontrada no relé.",
        InvalidLink => "Este link não é um link de comunidade válido.",
        PageNotFound => "Página não encontrada.",
        BackHome => "Voltar para minhas comunidades",
        Dismiss => "Fechar",
        ErrorStorageUnavailable => {
            "O armazenamento deste dispositivo não está disponível: as alterações serão perdidas ao fechar a página."
        }
        ErrorStorageRead => "Não foi possível ler as comunidades salvas neste dispositivo.",
        ErrorStorageWrite => "Não foi possível salvar suas alterações neste dispositivo.",
        ErrorCorruptDocument => {
            "Uma comunidade salva neste dispositivo está danificada e foi ignorada."
        }
        ErrorUnreadable => "Não foi possível ler uma comunidade.",
        ErrorCreate => "Não foi possível criar a comunidade.",
        ErrorEdit => "Não foi possível aplicar sua alteração.",
    }
}

fn fr(key: Key) -> &'static str {
    use Key::*;
    match key {
        AppName => "Praxis",
        SkipToContent => "Aller au contenu principal",
        MainNav => "Principale",
        NavHome => "Mes communautés",
        NavNew => "Nouvelle communauté",
        Language => "Langue",
        ConnectionLabel => "Connexion :",
        ConnOffline => "Hors ligne",
        ConnConnecting => "Connexion…",
        ConnSyncing => "Synchronisation…",
        ConnSynced => "Synchronisé",
        HomeHeading => "Mes communautés",
        HomeEmpty => "Il n’y a pas encore de communauté sur cet appareil.",
        HomeLoading => "Chargement des communautés enregistrées sur cet appareil…",
        Untitled => "Communauté sans titre",
        NewHeading => "Nouvelle communauté",
        FieldTitle => "Titre",
        FieldProblem => "Énoncé du problème",
        ProblemHint => {
            "Le problème de santé sur lequel cette communauté de pratique va travailler."
        }
        Create => "Créer la communauté",
        TitleRequired => "Saisissez un titre pour la communauté.",
        ShareHeading => "Partager",
        ShareHint => {
            "Envoyez ce lien aux autres membres : il ouvre cette communauté dans leur navigateur."
        }
        CopyLink => "Copier le lien",
        Copied => "Lien copié.",
        CopyFailed => "Impossible de copier. Sélectionnez le lien et copiez-le à la main.",
        LookingFor => "Recherche de cette communauté…",
        LookingOffline => {
            "Vous êtes hors ligne. La communauté se chargera au retour de la connexion."
        }
        NotFoundOnRelay => "Cette communauté est introuvable sur le relais.",
        InvalidLink => "Ce lien n’est pas un lien de communauté valide.",
        PageNotFound => "Page introuvable.",
        BackHome => "Retour à mes communautés",
        Dismiss => "Fermer",
        ErrorStorageUnavailable => {
            "Le stockage de cet appareil est indisponible : les modifications seront perdues à la fermeture de la page."
        }
        ErrorStorageRead => "Impossible de lire les communautés enregistrées sur cet appareil.",
        ErrorStorageWrite => "Impossible d’enregistrer vos modifications sur cet appareil.",
        ErrorCorruptDocument => {
            "Une communauté enregistrée sur cet appareil est endommagée et a été ignorée."
        }
        ErrorUnreadable => "Impossible de lire une communauté.",
        ErrorCreate => "Impossible de créer la communauté.",
        ErrorEdit => "Impossible d’appliquer votre modification.",
    }
}

/// The current language, provided as context by the root component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Tracked: a view calling this re-renders when the language changes.
    pub fn t(self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    /// Switch language, remember it for this browser and tell assistive tech via `<html lang>`.
    pub fn set(self, lang: Lang) {
        self.lang.set(lang);
        if let Some(storage) = local_storage() {
            let _ = storage.set_item(LANG_KEY, lang.code()); // not fatal: only a preference
        }
    }
}

/// Create the language signal (stored choice, else `navigator.languages`, else English),
/// keep `<html lang>` in step, and provide it as context.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(initial_lang()),
    };
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if let Some(html) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = html.set_attribute("lang", lang.code());
        }
    });
    provide_context(i18n);
    i18n
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text for views: `{t(Key::Create)}`.
pub fn t(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(key)
}

fn initial_lang() -> Lang {
    let stored = local_storage()
        .and_then(|s| s.get_item(LANG_KEY).ok().flatten())
        .and_then(|code| Lang::from_tag(&code));
    stored.or_else(browser_lang).unwrap_or(Lang::En)
}

fn browser_lang() -> Option<Lang> {
    let navigator = web_sys::window()?.navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .find_map(|tag| Lang::from_tag(&tag))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
