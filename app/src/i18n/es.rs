//! The Spanish text of every key: an exhaustive `match`, so a key without its
//! Spanish text does not compile.

use super::Key;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Herramientas de gestión del conocimiento",
        PageRegister => "Inscripción y miembros",
        PageMeeting => "Reunión introductoria",
        PagePlan => "Plan de acción",
        PhaseTwoNav => "Páginas de implementación",
        PhaseTwoPagesHeading => "Implementación (Fase II)",
        PhaseTwoIntro => {
            "Los pasos de la fase de implementación del método. Abra un paso para trabajar en él."
        }
        GapNoTool => "Aún no se ha registrado ninguna herramienta de gestión del conocimiento.",
        GapRegistrationsPending => {
            "Hay inscripciones que esperan la decisión de un líder o moderador."
        }
        GapNoConfirmedRegistration => "Aún no se ha confirmado ninguna inscripción.",
        GapNoMeetingDate => "La reunión introductoria no tiene fecha.",
        GapNoMeetingAgenda => "La reunión introductoria no tiene agenda.",
        GapNoMeetingMinutes => "La reunión introductoria ya se celebró: registre el acta.",
        GapNoActionItem => "El plan de acción aún no tiene acciones.",
        GapResultWithoutAction => "Un resultado esperado no tiene ninguna acción en el plan.",
        GapOverdueActions => "Algunas acciones superaron su fecha límite.",
        GapActionOwnerNotMember => "El responsable de una acción ya no es miembro.",
        GapNoDiscussion => "Aún no se ha planificado ninguna discusión.",
        GapClosedWithoutSummary => "Una discusión cerrada no tiene resumen de cierre.",
        ToolsMethod => {
            "Elija herramientas sincrónicas y asincrónicas antes de que la comunidad comience, para que los miembros estén bien conectados desde el inicio. Praxis ya es su espacio asincrónico."
        }
        ModeSync => "Sincrónica",
        ModeAsync => "Asincrónica",
        ModeUnknown => "Desconocido",
        ToolPraxis => "Praxis",
        ToolVideo => "Videoconferencia",
        ToolWebinar => "Seminario web",
        ToolMailingList => "Lista de correo",
        ToolRepository => "Repositorio de documentos compartido",
        ToolsHeading => "Herramientas elegidas",
        NoTools => "Aún no se eligió ninguna herramienta.",
        FieldPurpose => "Propósito",
        ToolsRoleHint => "Un líder, moderador o facilitador elige las herramientas.",
        AddTool => "Agregar",
        SuggestedToolsHeading => "Herramientas sugeridas",
        OtherToolHeading => "Otra herramienta",
        FieldToolName => "Nombre de la herramienta",
        FieldMode => "Modo",
        AddOtherTool => "Agregar herramienta",
        RegisterMethod => {
            "La convocatoria invita a inscribirse electrónicamente; un líder o moderador confirma cada inscripción. El formulario funciona sin conexión y se envía al reconectarse."
        }
        RegistrationPending => "Su inscripción espera la confirmación de un líder o moderador.",
        RegistrationConfirmed => "Su inscripción está confirmada.",
        RegistrationDeclined => "Su inscripción fue rechazada.",
        YouAreMember => "Usted es miembro de esta comunidad.",
        FieldInstitution => "Institución",
        FieldCountry => "País",
        FieldExpertise => "Experiencia",
        FieldInterests => "Intereses",
        FieldConsent => "Acepto las reglas de la comunidad (obligatorio)",
        SendRegistration => "Inscribirme",
        RegisterHeading => "Formulario de inscripción",
        RosterHeading => "Miembros",
        PendingHeading => "Inscripciones pendientes",
        PendingRoleHint => "Un líder o moderador confirma las inscripciones.",
        NoPending => "No hay inscripciones en espera.",
        Confirm => "Confirmar",
        Decline => "Rechazar",
        MeetingMethod => {
            "La reunión introductoria presenta el objetivo, los resultados esperados y el plan de acción, y permite que los miembros se conozcan. Envíe la invitación con la fecha y la agenda."
        }
        MeetingPurposeHeading => "Lo que presenta la reunión",
        FieldMeetingDate => "Fecha de la reunión",
        FieldAgenda => "Agenda",
        FieldMinutes => "Acta",
        MeetingRoleHint => "Un líder, moderador o facilitador planifica la reunión.",
        DownloadInvitation => "Descargar invitación (.ics)",
        InvitationNeedsDate => "Fije una fecha para descargar la invitación.",
        PlanMethod => {
            "El líder o moderador propone un plan de acción en la reunión introductoria; cada actividad sirve a un resultado esperado y todos los miembros siguen su avance."
        }
        StatusDone => "Hecho",
        StatusCancelled => "Cancelado",
        PlanHeading => "Actividades",
        NoActions => "Aún no hay actividades.",
        FieldResult => "Resultado esperado",
        FieldOwner => "Responsable",
        FieldAction => "Actividad",
        FieldDue => "Fecha límite",
        FieldActionStatus => "Estado de la actividad",
        PlanRoleHint => "Un líder o moderador edita el plan de acción.",
        ErrActionIncomplete => {
            "Describa la actividad y elija un resultado esperado, un responsable y una fecha límite."
        }
        AddActionHeading => "Agregar una actividad",
        AddAction => "Agregar actividad",
        ErrDateInPast => "Esta fecha ya pasó: elija hoy o un día posterior.",
        ErrInvalidDate => "Introduzca una fecha válida.",
        ErrConsentRequired => "Para inscribirse, acepte las reglas de la comunidad.",
        DiscussionsHeading => "Discusiones",
        DiscussionsOpen => "Discusiones moderadas",
        NoDiscussions => "Todavía no hay discusiones.",
        DiscussionStage => "Etapa",
        DiscussionPostCount => "Mensajes",
        DiscPlanned => "Planificada",
        DiscOpen => "Abierta",
        DiscClosing => "En cierre",
        DiscClosed => "Cerrada",
        NewDiscussionHeading => "Nueva discusión",
        FieldDiscussionTitle => "Título de la discusión",
        FieldDiscussionObjective => "Objetivo de la discusión",
        FieldGuidingQuestion => "Pregunta orientadora",
        GuidelinesLegend => "Pautas de participación",
        FieldPostLanguage => "Idioma de los mensajes",
        FieldMaxWords => "Máximo de palabras por mensaje",
        FieldAddressing => "Cómo dirigirse a los demás",
        NoWordLimit => "Sin límite",
        CreateDiscussion => "Crear discusión",
        DiscussionRoleHint => {
            "Solo un líder, moderador o facilitador puede planificar una discusión."
        }
        ErrWholeNumber => "Escriba un número entero o déjelo vacío.",
        PinnedQuestion => "Pregunta en discusión",
        PostsHeading => "Hilo",
        NoPosts => "Todavía no hay mensajes.",
        ReplyButton => "Responder",
        ReplyTo => "a",
        FieldPost => "Su mensaje",
        FieldReply => "Su respuesta",
        SendPost => "Publicar",
        SendReply => "Enviar respuesta",
        NewPostHeading => "Participar en la discusión",
        ModerationHeading => "Moderación",
        FieldRestated => "Pregunta reformulada",
        RestateQuestion => "Reformular la pregunta",
        FieldClosingSummary => "Síntesis articulada",
        CitedPostsLegend => "Mensajes en los que se basa la síntesis",
        CloseDiscussion => "Cerrar la discusión",
        ClosingSummaryHeading => "Síntesis de cierre",
        DiscussionIsClosed => "Esta discusión está cerrada.",
        CitedPosts => "Mensajes citados",
        PostBy => "Mensaje de",
        DiscussionNotFound => "No existe esa discusión en esta comunidad.",
        AllDiscussions => "Todas las discusiones",
        ErrPostTooLong => "Este mensaje supera el límite de palabras de las pautas.",
        ErrDiscussionClosed => "Esta discusión está cerrada; no admite más mensajes.",
        ErrAlreadyDecided => "Otro miembro ya decidió sobre esta inscripción.",
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
        ShareHint => {
            "Envíe este enlace a otros miembros: abre esta comunidad en su navegador. Quien aún no es miembro necesita un enlace de invitación, salvo que la convocatoria sea pública."
        }
        CopyLink => "Copiar enlace",
        Copied => "Enlace copiado.",
        CopyFailed => "No se pudo copiar. Seleccione el enlace y cópielo a mano.",
        LookingFor => "Buscando esta comunidad…",
        LookingOffline => "Está sin conexión. La comunidad se cargará cuando vuelva la conexión.",
        NotFoundOnRelay => "Esta comunidad no se encontró en el relé.",
        NotSharedWithYou => {
            "El relé ya no comparte esta comunidad con este dispositivo: usted no está entre sus miembros. Lo que tiene se queda aquí, pero sus cambios no llegarán a los demás. Pida una invitación a un líder."
        }
        ErrorSignIn => {
            "El relé no aceptó este dispositivo; sus cambios quedan en este dispositivo hasta que lo haga."
        }
        ErrorDeviceKeyMissing => {
            "Este navegador no puede crear una clave de dispositivo, así que no puede sincronizar. Su trabajo queda en este dispositivo."
        }
        InviteHeading => "Invitar miembros",
        InviteHint => {
            "La convocatoria es restringida (o aún no está decidida): solo los miembros y quienes tengan un enlace de invitación pueden abrir esta comunidad. El relé crea los enlaces, así que necesita conexión."
        }
        InviteAskLeader => {
            "Para invitar a alguien, pida un enlace de invitación a un líder o a un moderador."
        }
        InviteValidFor => "Válido durante",
        InviteOneDay => "1 día",
        InviteOneWeek => "7 días",
        InviteOneMonth => "30 días",
        InviteUses => "Quién puede usarlo",
        InviteOnePerson => "Una persona",
        InviteManyPeople => "Cualquiera con el enlace, hasta que venza",
        InviteCreate => "Crear enlace de invitación",
        InviteOffline => "Conéctese al relé para crear o revocar enlaces de invitación.",
        InviteCreated => "Enlace de invitación creado. Envíelo a la persona invitada.",
        InviteRevokedDone => "Invitación revocada: su enlace ya no funciona.",
        InviteFailed => "El relé no pudo hacerlo.",
        InviteActive => "Enlaces de invitación vigentes",
        InviteExpires => "Vence el",
        InviteRevoke => "Revocar",
        JoinHeading => "Invitación a una comunidad",
        JoinWorking => "Comprobando la invitación con el relé…",
        JoinInvalid => "Este enlace de invitación no es válido. Pida uno nuevo.",
        JoinExpired => "Esta invitación venció. Pida una nueva.",
        JoinUsed => "Esta invitación ya se usó. Pida una nueva.",
        JoinRevoked => "Esta invitación fue revocada.",
        JoinOffline => "No tiene conexión. Vuelva a abrir este enlace cuando esté conectado.",
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
        ErrorCorruptJournal => {
            "No se pudieron leer cambios sin guardar de este dispositivo; se apartaron y el resto se cargó."
        }
        ErrorUnreadable => "No se pudo leer una comunidad.",
        ErrorCreate => "No se pudo crear la comunidad.",
        ErrorEdit => "No se pudo aplicar su cambio.",
        DesignHeading => "Diseño (Fase I)",
        DesignIntro => {
            "Las seis etapas de la fase de diseño del método. Abra una etapa para trabajar en ella."
        }
        DesignStagesNav => "Etapas del diseño",
        StageName => "Nombre",
        StageProblem => "Problema",
        StageObjective => "Objetivo",
        StageResults => "Resultados esperados",
        StageMembers => "Miembros y roles",
        StageAudiences => "Públicos destinatarios",
        StageComplete => "Completa",
        StageMissing => "Falta:",
        MissingTitle => "un título",
        MissingProblem => "el planteamiento del problema",
        MissingObjectiveType => "el tipo de objetivo",
        MissingObjectiveText => "el objetivo en sus propias palabras",
        MissingResult => "al menos un resultado esperado",
        MissingTooManyResults => "no más de tres resultados esperados (elimine alguno)",
        MissingIndicator => "un indicador para cada resultado esperado",
        MissingLeader => "un líder",
        MissingModerator => "un moderador",
        MissingCall => "la convocatoria de miembros (pública o restringida)",
        MissingAudience => "al menos un público destinatario",
        PhaseTwoHeading => "Fase II: Implementación",
        PhaseTwoStarted => "La fase II (Implementación) ha comenzado.",
        PhaseTwoReady => "El diseño está completo: la comunidad puede comenzar la fase II.",
        PhaseTwoIncomplete => {
            "El diseño aún no está completo. Un líder puede comenzar la fase II si lo confirma."
        }
        ConfirmIncomplete => "Confirmo que comenzamos con un diseño incompleto",
        StartPhaseTwo => "Comenzar la fase II",
        BackToOverview => "Resumen de la comunidad",
        MethodAdvice => "Consejos del método",
        Remove => "Eliminar",
        NameMethod => {
            "El método aconseja que el nombre incluya información sobre el objetivo y el producto específico esperado."
        }
        NameAdviceHeading => "Consejos sobre este nombre",
        NameLooksGood => "Este nombre parece indicar un objetivo y un producto.",
        AdviceTooShort => {
            "El nombre es corto: pocas palabras rara vez indican a la vez el objetivo y el producto."
        }
        AdviceNoProduct => {
            "No se encontró un producto concreto: diga qué producirá la comunidad (por ejemplo «definir indicadores»)."
        }
        AdviceOngoingActivity => "Describe una actividad continua en lugar de un producto:",
        GoodNames => "Buenos nombres",
        BadNames => "Nombres que conviene evitar",
        ProductPart => "Producto:",
        ProblemMethod => {
            "Identificación del problema: una breve descripción del problema que se resolverá con esta comunidad. Una comunidad también puede generar nuevo conocimiento o una línea de base sobre el tema."
        }
        ObjectiveLegend => "Tipo de objetivo",
        FieldObjective => "Objetivo en sus propias palabras",
        ObjectiveMethod => {
            "Elija hacia qué se orienta el objetivo de la comunidad y luego formule el objetivo con sus propias palabras. Cada tipo se explica junto a su opción."
        }
        ObjProblemSolving => "Resolución de problemas",
        ObjGenerationOfIdeas => "Generación de ideas",
        ObjSharingKnowledge => "Intercambio de conocimiento entre instituciones",
        ObjBestPractices => "Desarrollo de buenas prácticas",
        ObjLessonsLearned => "Lecciones aprendidas",
        ObjPostActionReviews => "Revisiones posteriores a la acción",
        ConflictHeading => "Varios miembros eligieron valores distintos al mismo tiempo:",
        ConflictHint => "Conserve uno de ellos para resolverlo para todos.",
        ConflictKeep => "Conservar",
        ResultsMethod => {
            "La comunidad debe definir de uno a tres resultados esperados que se verificarán en la evaluación; cada actividad se orienta hacia ellos. Dé a cada resultado un indicador."
        }
        ResultLabel => "Resultado esperado",
        NoResults => "Todavía no hay resultados esperados.",
        FieldDescription => "Descripción",
        FieldIndicator => "Indicador",
        FieldStatus => "Estado",
        StatusPlanned => "Planificado",
        StatusInProgress => "En curso",
        StatusAchieved => "Logrado",
        StatusNotAchieved => "No logrado",
        AddResultHeading => "Agregar un resultado esperado",
        NewResultDescription => "Descripción del nuevo resultado",
        NewResultIndicator => "Indicador del nuevo resultado",
        AddResult => "Agregar resultado esperado",
        ResultsFull => {
            "Esta comunidad ya tiene tres resultados esperados, el máximo que permite el método. Elimine uno para agregar otro."
        }
        MembersMethod => {
            "Seleccione a las personas que participarán, asigne un rol a cada una y decida si la convocatoria es pública o restringida a un grupo específico. Toda comunidad necesita un líder y un moderador."
        }
        MembersHeading => "Miembros",
        NoMembers => "Todavía no hay miembros.",
        AddMemberHeading => "Agregar un miembro",
        FieldMemberName => "Nombre del miembro",
        FieldRole => "Rol",
        RoleOf => "Rol de",
        ThisIsMe => "Soy yo (en este dispositivo)",
        You => "(usted)",
        AddMember => "Agregar miembro",
        RoleLeader => "Líder",
        RoleModerator => "Moderador",
        RoleFacilitator => "Facilitador",
        RoleParticipant => "Participante",
        CallLegend => "Convocatoria de miembros",
        CallPublic => "Pública: cualquier persona puede responder",
        ApprovalModerated => "Las inscripciones necesitan la aprobación de un líder o moderador",
        ApprovalHint => "Sin aprobación, quien se inscribe entra de inmediato como participante.",
        CallRestricted => "Restringida a un grupo específico de personas",
        ResponsibilitiesHeading => "Roles y responsabilidades",
        AudiencesMethod => {
            "Identifique los públicos destinatarios: el grupo al que atenderá la comunidad y los grupos que pueden beneficiarse de ella."
        }
        NoAudiences => "Todavía no hay públicos destinatarios.",
        AddAudienceHeading => "Agregar un público destinatario",
        FieldAudience => "Público destinatario",
        AddAudience => "Agregar público",
        ErrEmptyValue => "Complete este campo primero.",
        ErrTooManyResults => "El método permite como máximo tres resultados esperados.",
        ErrNotFound => "Esta entrada ya no existe: otro miembro puede haberla eliminado.",
        ErrNotAllowed => {
            "Solo un líder puede hacerlo. En Miembros y roles, agréguese como líder y marque «Soy yo»."
        }
        ErrLeaderOrModeratorOnly => "Solo un líder o un moderador puede hacerlo.",
        ErrDesignIncomplete => {
            "El diseño no está completo: marque la confirmación para comenzar la fase II de todos modos."
        }
        MemberNotFound => "Este miembro no está en la comunidad.",
        ProfileDetailsHeading => "Perfil",
        NoConfirmedRegistration => "Aún no hay un registro confirmado.",
        ProfilePosts => "Intervenciones en discusiones",
        ProfileNotesHeading => "Notas de los moderadores sobre conocimientos e intereses",
        NoProfileNotes => "Aún no hay notas de los moderadores.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Solo un líder, moderador o facilitador puede hacer esto en una discusión."
        }
        DiscNoDate => "Sin fecha",
        DiscScheduleHeading => "Etapas y fechas",
        DiscSummaryBy => "Síntesis parcial de",
        DiscDrawsOn => "Basada en:",
        DiscFollowUpsHeading => "Acciones de seguimiento",
        DiscNoFollowUps => "No hay acciones de seguimiento vinculadas.",
        DiscSaveFollowUps => "Guardar acciones de seguimiento",
        DiscSaved => "Guardado.",
        DiscFollowUpsLegend => "Acciones de seguimiento del plan de acción",
        DiscNoActions => "El plan de acción aún no tiene acciones.",
        DiscSummarySuggested => {
            "El debate se está alargando: el método aconseja una síntesis parcial."
        }
        DiscPostsSinceSummary => "Mensajes desde la última síntesis",
        DiscWriteSummary => "Escribir una síntesis parcial",
        DiscErrSummaryEmpty => "Escriba primero la síntesis.",
        DiscSummaryHeading => "Síntesis parcial",
        DiscFieldSummary => "Texto de la síntesis parcial",
        DiscSummaryPostsLegend => "Mensajes en los que se basa esta síntesis",
        DiscPostSummary => "Publicar síntesis parcial",
        DiscParticipantsHeading => "Conocimientos e intereses de los participantes",
        DiscParticipantsHint => {
            "Registre lo que cada miembro sabe, su experiencia y sus intereses, para tenerlos en cuenta. Las notas también aparecen en el perfil del miembro."
        }
        DiscFieldNotes => "Conocimientos, experiencia e intereses",
        DiscProfileOf => "Perfil de",
        DiscNoParticipants => {
            "Nadie ha participado aún: los miembros aparecen aquí cuando publican o se unen a un subgrupo."
        }
        DiscPlanHeading => "Plan de la discusión",
        DiscSaveGuidelines => "Guardar pautas",
        DiscDatePlanned => "Fecha de planificación",
        DiscDateOpen => "Fecha de apertura",
        DiscDateClosing => "Fecha de inicio del cierre",
        DiscDateClosed => "Fecha de cierre",
        DiscChangeStage => "Cambiar etapa",
        DiscSubgroupsHeading => "Subgrupos",
        DiscNoSubgroups => "Aún no hay subgrupos.",
        DiscSubgroupMembers => "Miembros del subgrupo",
        DiscEditSubgroup => "Subgrupo:",
        DiscSubgroupName => "Nombre del subgrupo",
        DiscSaveSubgroup => "Guardar subgrupo",
        DiscRemoveSubgroup => "Eliminar subgrupo",
        DiscErrSubgroupName => "Dé un nombre al subgrupo.",
        DiscNewSubgroupHeading => "Nuevo subgrupo",
        DiscAddSubgroup => "Añadir subgrupo",
        AsmtFinalHeading => "Evaluación final",
        AsmtPeriodicHeading => "Evaluaciones periódicas",
        AsmtNoFinal => "La evaluación final aún no se ha abierto.",
        AsmtNoPeriodic => "Todavía no hay evaluaciones periódicas.",
        AsmtOpenedBy => "Abierta el {date} por {name}",
        AsmtOpenState => "Abierta: admite respuestas",
        AsmtClosedOn => "Cerrada el {date}",
        AsmtResponseRate => "{n} de {m} miembros respondieron ({rate} %)",
        AsmtManageHint => {
            "Los líderes y los moderadores abren las evaluaciones y editan sus preguntas; todos los miembros las responden."
        }
        AsmtOpenHeading => "Abrir una evaluación",
        AsmtOpenHint => {
            "Empieza con las preguntas del método en el idioma de la comunidad; puede cambiarlas hasta que alguien responda. La evaluación final se abre una sola vez, en la Fase III."
        }
        AsmtNewTitle => "Título (opcional: se usa un título predeterminado)",
        AsmtOpenFinal => "Abrir la evaluación final",
        AsmtOpenPeriodic => "Abrir una evaluación periódica",
        AsmtEditHeading => "Editar la evaluación",
        AsmtTitle => "Título de la evaluación",
        AsmtQuestion => "Pregunta",
        AsmtAnswerScale => "Se responde de 1 a 5",
        AsmtAnswerText => "Se responde por escrito",
        AsmtUnknownType => {
            "(este tipo de pregunta requiere una versión más reciente de la aplicación)"
        }
        AsmtAnsweredBy => "respondida por {n}",
        AsmtMoveUp => "Subir",
        AsmtMoveDown => "Bajar",
        AsmtAddHeading => "Añadir una pregunta",
        AsmtAnswerType => "Cómo se responde",
        AsmtCycle => "Ciclo de creación de valor (opcional)",
        AsmtNoCycle => "Ninguno",
        AsmtAddQuestion => "Añadir la pregunta",
        AsmtCycleImmediate => "Valor inmediato",
        AsmtCyclePotential => "Valor potencial",
        AsmtCycleApplied => "Valor aplicado",
        AsmtCycleRealized => "Valor realizado",
        AsmtCycleReframing => "Valor de redefinición",
        AsmtCloseHint => {
            "Al cerrar la evaluación ya no se admiten respuestas: sus resultados quedan definitivos y todos los miembros pueden leerlos."
        }
        AsmtClose => "Cerrar la evaluación",
        AsmtClosedNoAnswers => "Esta evaluación está cerrada: ya no admite respuestas.",
        AsmtYourAnswers => "Sus respuestas",
        AsmtNotAnonymous => {
            "Sus respuestas no son anónimas: el historial de la comunidad registra quién respondió, y el líder y los moderadores leen las respuestas escritas con su nombre."
        }
        AsmtAnsweredOn => {
            "Usted respondió el {date}. Si envía de nuevo, sus respuestas se reemplazan."
        }
        AsmtSend => "Enviar mis respuestas",
        AsmtSaved => {
            "Sus respuestas se guardaron en este dispositivo y se envían cuando tenga conexión."
        }
        AsmtAnswerSomething => "Responda primero al menos una pregunta.",
        AsmtScaleLow => "Nada",
        AsmtScale2 => "Poco",
        AsmtScale3 => "Moderadamente",
        AsmtScale4 => "Bastante",
        AsmtScaleHigh => "Mucho",
        AsmtResultsHeading => "Resultados",
        AsmtResultsWhenClosed => {
            "Los resultados se muestran a todos los miembros cuando se cierra la evaluación; hasta entonces solo los ven el líder y los moderadores, para que las respuestas ya dadas no influyan en las que faltan."
        }
        AsmtResultsFinal => "La evaluación está cerrada: estos resultados son definitivos.",
        AsmtChartTitle => "{title}: resultados",
        AsmtChartDescription => {
            "Respuestas a cada pregunta y a cada ciclo de creación de valor, de 1 (nada) a 5 (mucho), con su número, mediana y media."
        }
        AsmtChartCaption => {
            "Cómo se distribuyeron las respuestas de 1 (nada) a 5 (mucho). Las tablas siguientes dan las mismas cifras."
        }
        AsmtByQuestion => "Por pregunta",
        AsmtByCycle => "Por ciclo de creación de valor",
        AsmtAnswersWord => "respuestas",
        AsmtMedian => "Mediana",
        AsmtMean => "Media",
        AsmtNoAnswers => "Todavía no hay respuestas",
        AsmtAnswered => "Respondieron",
        AsmtTableQuestions => "Respuestas por pregunta, de 1 a 5",
        AsmtTableCycles => "Respuestas por ciclo de creación de valor, de 1 a 5",
        AsmtCycleColumn => "Ciclo de creación de valor",
        AsmtOpenAnswers => "Respuestas escritas",
        PremodLabel => {
            "Las síntesis de los participantes necesitan la aceptación de un moderador (premoderación)"
        }
        PremodHint => {
            "Activada por defecto en una convocatoria pública. Líderes, moderadores y facilitadores publican sus propias síntesis de inmediato."
        }
        PropHeading => "Proponer una síntesis",
        PropHintOn => {
            "La premoderación está activada: un moderador lee su síntesis antes de que aparezca en la conversación."
        }
        PropHintOff => "Su síntesis aparece en la conversación de inmediato.",
        PropField => "Texto de su síntesis",
        PropSend => "Proponer la síntesis",
        PropPublished => "Publicada: su síntesis está en la conversación.",
        PropSent => "Enviada a los moderadores para su aceptación.",
        PropListHeading => "Síntesis propuestas",
        PropBy => "Síntesis propuesta por",
        PropStateLabel => "Estado",
        PropStateWaiting => "En espera de la aceptación de un moderador",
        PropStateReturned => "Devuelta por {who} con este comentario: {what}",
        PropStateAccepted => "Aceptada: está en la conversación como síntesis parcial",
        PropStateUnknown => "Desconocido (escrito por una versión más reciente de Praxis)",
        PropOf => "la síntesis propuesta por",
        PropOn => "sobre la síntesis propuesta por",
        PropAccept => "Aceptar",
        PropComment => "Comentario para el autor",
        PropReturn => "Devolver con un comentario",
        PropErrComment => "Escriba un comentario que diga qué cambiar.",
        PropRevised => "Síntesis revisada",
        PropResend => "Enviar de nuevo",
        PropErrDecided => "Un moderador ya decidió sobre esta propuesta.",
        ReviewHeading => "Desde su última revisión",
        ReviewNothing => "Nada nuevo desde su última revisión.",
        ReviewSummary => "{n} contribuciones de {m} miembros por revisar.",
        ReviewMarkAll => "Marcar todo como revisado",
        ReviewAddedPosts => "añadió {n} mensajes a {what}",
        ReviewAdded => "añadió {what}",
        ReviewChanged => "cambió {what}",
        ReviewRemoved => "eliminó {what}",
        ReviewBefore => "Antes",
        ReviewAfter => "Después",
        ReviewChose => "eligió",
        ReviewCleared => "lo vació",
        ReviewUnknownMember => "Alguien que no está en la lista",
        ReviewUndo => "Deshacer esta contribución",
        ReviewConflictsHeading => "Elegido de forma distinta a la vez",
        ReviewConflictHint => {
            "Nada se descarta hasta que alguien elija: el valor que se muestra ahora es provisional."
        }
        ReviewChooseValue => "Elegir",
        ReviewBy => "por",
        SectionDesign => "Diseño",
        SectionRoster => "Miembros",
        SectionPlan => "Plan",
        SectionDiscussion => "Discusión «{what}»",
        SectionKnowledge => "Conocimiento",
        SectionModeration => "Moderación",
        SectionOther => "Otros",
        SubjectTitle => "el nombre",
        SubjectProblem => "el problema",
        SubjectObjective => "el objetivo",
        SubjectObjectiveType => "el tipo de objetivo",
        SubjectDesign => "el diseño",
        SubjectResult => "el resultado esperado {n}",
        SubjectAudience => "un público destinatario",
        SubjectMember => "al miembro {what}",
        SubjectCall => "la convocatoria",
        SubjectRegistration => "una inscripción",
        SubjectPhase => "la fase",
        SubjectTool => "una herramienta de gestión del conocimiento",
        SubjectMeeting => "la reunión introductoria",
        SubjectAction => "una acción del plan",
        SubjectDiscussionPlan => "el plan de la discusión",
        SubjectPost => "un mensaje",
        SubjectRestatement => "la pregunta orientadora",
        SubjectSummary => "un resumen",
        SubjectParticipantNote => "notas sobre un participante",
        SubjectClosing => "el cierre",
        SubjectProposal => "una propuesta",
        SubjectDecision => "un conflicto, eligiendo un valor",
        SubjectOther => "algo que esta versión no conoce",
        PostHiddenFor => "Un moderador ocultó este mensaje.",
        PostHiddenReason => "Ocultado por {who}: {what}",
        PostHide => "Ocultar",
        PostUnhide => "Volver a mostrar",
        PostHideReason => "Motivo (el autor lo verá)",
        PostHideConfirm => "Ocultar el mensaje",
        PostHideNeedsReason => "Indique por qué se oculta el mensaje.",
        ReviewAddedPost => "añadió un mensaje a {what}",
        ReviewMarkOne => "Marcar como revisado",
        ReviewReviewedBy => "Revisado por {who}",
        ReviewReturn => "Devolver a su autor",
        ReviewReturnComment => "Comentario para el autor",
        ReviewReturnSend => "Devolver el mensaje",
        ReviewReturnNeedsComment => "Escriba un comentario para el autor.",
        PostReturnedNote => "Devuelto por {who}: {what}",
        PostEdit => "Editar",
        PostEditLabel => "Texto del mensaje",
        PostEditSave => "Guardar el mensaje",
        PostEditCancel => "Cancelar",
        ParticipationHeading => "Participación",
        ParticipationCaption => "Cambios que cada miembro hizo en la comunidad, y sus mensajes",
        ParticipationMember => "Miembro",
        ParticipationChanges => "Cambios",
        ParticipationPosts => "Mensajes",
        ReviewShowPosts => "Mostrar los {n} mensajes",
        ReviewHidePosts => "Ocultar los mensajes",
        ErrMembersOnly => {
            "Solo los miembros de la comunidad pueden hacerlo: inscríbase para participar o pida una invitación a un líder."
        }
        PhaseThreeNav => "Páginas de la fase III",
        PhaseThreeHeading => "Fase III: Conclusión",
        PhaseThreeIntro => {
            "En la última fase la comunidad evalúa lo que logró, registra su conocimiento para el repositorio institucional y comunica sus resultados. El líder la inicia cuando el trabajo de la fase II está hecho."
        }
        StartPhaseThree => "Iniciar la fase III: Conclusión",
        PageClose => "Cerrar la comunidad",
        CloseMethod => {
            "El método cierra una comunidad después de su evaluación final: conclusiones, lecciones aprendidas y recomendaciones registradas, resultados comunicados. Una vez cerrada, la comunidad pasa a ser un registro de solo lectura que el servidor archiva para el repositorio institucional."
        }
        ClosingChecklist => "Antes de cerrar",
        ClosingReady => "Todo lo que pide el método está en su lugar.",
        GapDiscussionsNotClosed => "{n} discusiones aún no están cerradas",
        GapResultsUndecided => "{n} resultados esperados aún no indican si se lograron",
        CloseHeading => "Cerrar la comunidad",
        CloseExplained => {
            "El cierre no se puede deshacer: después nadie puede modificar la comunidad y el servidor la conserva como registro archivado. Los cambios que los miembros hicieron sin conexión y envíen después se guardan aparte para los moderadores, no se pierden."
        }
        ConfirmCloseIncomplete => "Cerrar de todos modos: sé que faltan elementos de la lista",
        CloseCommunity => "Cerrar la comunidad",
        CloseLeaderOnly => "Solo un líder de la comunidad puede cerrarla.",
        CommunityClosedBy => {
            "{name} cerró esta comunidad el {date}. Ahora es un registro de solo lectura."
        }
        OpenArchiveRecord => "Abrir el registro archivado",
        ErrCommunityClosed => "La comunidad está cerrada: ahora es un registro de solo lectura.",
        ErrClosingIncomplete => {
            "Faltan elementos de la lista: confirme que desea cerrar de todos modos."
        }
        ErrWrongPhase => "Este paso pertenece a otra fase del método.",
        CommunityLanguage => "Idioma del registro de la comunidad",
        CommunityLanguageUnset => "Sin elegir (inglés)",
        CommunityLanguageHint => {
            "Las preguntas de la evaluación, el kit de comunicación y el registro archivado se escriben en este idioma. Lo elige el líder."
        }
        SectionConclusion => "Conclusión",
        SubjectAssessment => "una evaluación",
        SubjectAssessmentQuestion => "una pregunta de una evaluación",
        SubjectAssessmentResponse => "sus respuestas a una evaluación",
        SubjectKnowledgeEntry => "una entrada de la base de conocimiento",
        SubjectClosure => "el cierre de la comunidad",
        GapNoFinalAssessment => {
            "La evaluación final no se ha abierto (el cierre la necesita, con al menos una respuesta)"
        }
        GapFinalAssessmentUnanswered => {
            "Nadie ha respondido aún la evaluación final (el cierre necesita al menos una respuesta)"
        }
        GapFinalAssessmentOpen => {
            "La evaluación final aún recibe respuestas: ciérrela para que sus resultados sean definitivos"
        }
        GapNoConclusion => "No hay ninguna conclusión aceptada en la base de conocimiento",
        GapNoLesson => "No hay ninguna lección aprendida aceptada en la base de conocimiento",
        GapNoRecommendation => "No hay ninguna recomendación aceptada en la base de conocimiento",
        GapNoKnowledge => "Un tipo de conocimiento esperado no tiene ninguna entrada aceptada",
        ErrFinalAssessmentMissing => {
            "El cierre necesita la evaluación final, respondida por al menos un miembro."
        }
        ErrFinalAssessmentExists => "La comunidad ya tiene una evaluación final.",
        ErrAssessmentClosed => "Esta evaluación está cerrada: no admite más respuestas ni cambios.",
        ErrQuestionAnswered => {
            "Los miembros ya respondieron esta pregunta: agregue una nueva en lugar de cambiarla."
        }
        ErrInvalidAnswer => {
            "Esa respuesta no corresponde a la pregunta (elija de 1 a 5, o escriba un texto)."
        }
        PageAssessment => "Evaluación",
        PageKnowledge => "Base de conocimiento",
        PageKit => "Kit de comunicación",
        AssessmentMethod => {
            "El método pide evaluaciones periódicas y una final: una encuesta de satisfacción sencilla a los miembros, para valorar el desempeño de la comunidad frente a su objetivo y resultados esperados. De sus resultados se extraen conclusiones, lecciones aprendidas, revisiones posteriores a la acción y recomendaciones."
        }
        KnowledgeMethod => {
            "Organizar lo que produjo la comunidad es sobre todo tarea del moderador: convertir el conocimiento tácito en explícito, listo para un repositorio institucional. Cualquier miembro propone una entrada, vinculada a las discusiones de las que surgió; un moderador la acepta o la devuelve con un comentario."
        }
        KitMethod => {
            "Comunique los resultados a los miembros y a cada público: una nota en la intranet, una página para el público, mensajes cortos para redes sociales, una presentación, mensajes para redes temáticas, un seminario virtual y, si el aporte es original, un artículo científico. Cada elemento se redacta con el contenido de la comunidad, en su idioma; edítelo antes de usarlo."
        }
        KbConclusion => "Conclusión",
        KbLessonLearned => "Lección aprendida",
        KbBestPractice => "Buena práctica",
        KbPostActionReview => "Revisión posterior a la acción",
        KbRecommendation => "Recomendación",
        KbConclusions => "Conclusiones",
        KbLessonsLearned => "Lecciones aprendidas",
        KbBestPractices => "Buenas prácticas",
        KbPostActionReviews => "Revisiones posteriores a la acción",
        KbRecommendations => "Recomendaciones",
        KbKind => "Tipo de conocimiento",
        KbTitle => "Título",
        KbText => "Lo que aprendió la comunidad, en pocas frases",
        KbSources => "Discusiones de las que surgió",
        KbFrom => "De las discusiones:",
        KbProposeHeading => "Proponer conocimiento",
        KbPropose => "Proponer la entrada",
        KbAdded => "Agregada a la base de conocimiento.",
        KbSent => {
            "Enviada a los moderadores: aparece en la base de conocimiento cuando la acepten."
        }
        KbNone => "Nada todavía.",
        KitErrUrl => "Una dirección debe empezar por https:// o http:// y no tener espacios.",
        KitErrSeminar => "El seminario necesita una fecha, una hora (UTC) y un enlace.",
        KitErrDeck => "No se pudo crear la presentación.",
        KitIntranet => "Nota para la intranet",
        KitPublicPage => "Página web pública",
        KitNetwork => "Mensaje para redes temáticas",
        KitArticle => "Esquema de artículo científico (IMRyD)",
        KitOptions => "Sobre la publicación",
        KitOptionsHint => {
            "Todo lo que sigue se redacta con el contenido de la comunidad, en su idioma. Agregue lo que solo usted sabe; los textos se actualizan mientras escribe. Sus cambios en los cuadros de texto quedan en esta página: descargue cada elemento cuando esté listo."
        }
        KitPageUrl => "Dirección donde se publicará la página pública",
        KitEmail => "Correo de contacto",
        KitHashtags => "Etiquetas para redes sociales (separadas por comas)",
        KitSeminar => "Seminario virtual",
        KitSeminarDate => "Fecha",
        KitSeminarTime => "Hora de inicio (UTC)",
        KitSeminarMinutes => "Duración en minutos",
        KitSeminarLink => "Enlace para participar",
        KitDownload => "Descargar",
        KitSocial => "Mensajes cortos para redes sociales",
        KitSocialHint => {
            "Cada uno cabe en 280 caracteres tal como los cuenta X (un enlace cuenta 23)."
        }
        KitSocialPost => "Mensaje {n}",
        KitSocialCount => "{n} de {limit} caracteres",
        KitDeck => "Presentación de diapositivas",
        KitDeckHint => {
            "Un archivo .pptx que abren PowerPoint y LibreOffice, hecho con los resultados de la comunidad."
        }
        KitDownloadDeck => "Descargar las diapositivas (.pptx)",
        KitSeminarInvitation => "Invitación al seminario virtual",
        KitSeminarNeeded => {
            "Indique arriba la fecha, la hora y el enlace del seminario para redactar la invitación y el archivo de calendario."
        }
        KitDownloadIcs => "Descargar el archivo de calendario (.ics)",
        ArchiveHeading => "Archivo de comunidades cerradas",
        ArchiveHint => {
            "Las comunidades cerradas se conservan como registros: se pueden buscar sus conclusiones, lecciones aprendidas y recomendaciones. La búsqueda es una página ligera que funciona con conexiones lentas."
        }
        ArchiveSearch => "Buscar en el archivo",
        LateHeading => "Enviado después del cierre",
        LateCount => {
            "{n} cambios llegaron al servidor después de que se archivó la comunidad. Se guardan aparte, fuera del registro."
        }
        LateChangeBy => "{name}, recibido el {date}",
        KbPosts => "Mensajes en los que se basa",
        KbCites => "A partir de los mensajes:",
        JoinDeclined => {
            "Los líderes de la comunidad rechazaron su inscripción, así que este enlace no puede admitirle. Pídales que le agreguen a la lista de miembros."
        }
        PostsShowEarlier => "Mostrar mensajes anteriores ({n} sin mostrar)",
        PickerFilter => "Buscar mensajes por autor o palabras",
        PickerShowing => "Se muestran {shown} de {total} mensajes",
        PickerNoMatch => "Ningún mensaje coincide.",
        PostVersionsHeading => {
            "Este mensaje se editó en dos lugares al mismo tiempo. Se conservan ambas versiones hasta que su autor o un moderador elija una:"
        }
        PostVersionKeep => "Conservar esta versión",
        ErrInConflict => {
            "Esto se cambió en dos lugares al mismo tiempo: primero conserve una de las versiones."
        }
        ErrorPartMissing => {
            "Una parte de Praxis no se pudo descargar, así que sus comunidades aún no se pueden abrir. Revise su conexión: Praxis sigue intentándolo por sí solo."
        }
        PageMissingHeading => "Esta página aún no ha llegado",
        PageMissingHint => {
            "Su parte de Praxis no se pudo descargar. Revise su conexión: la página aparece aquí en cuanto llegue, y no se pierde nada de lo que escribió."
        }
    }
}
