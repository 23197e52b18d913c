//! The French text of every key: an exhaustive `match`, so a key without its
//! French text does not compile.

use super::Key;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Outils de gestion des connaissances",
        PageRegister => "Inscription et membres",
        PageMeeting => "Réunion d’introduction",
        PagePlan => "Plan d’action",
        PhaseTwoNav => "Pages de mise en œuvre",
        PhaseTwoPagesHeading => "Mise en œuvre (Phase II)",
        PhaseTwoIntro => {
            "Les étapes de la phase de mise en œuvre de la méthode. Ouvrez une étape pour y travailler."
        }
        GapNoTool => "Aucun outil de gestion des connaissances enregistré pour l’instant.",
        GapRegistrationsPending => {
            "Des inscriptions attendent la décision d’un responsable ou d’un modérateur."
        }
        GapNoConfirmedRegistration => "Aucune inscription confirmée pour l’instant.",
        GapNoMeetingDate => "La réunion d’introduction n’a pas de date.",
        GapNoMeetingAgenda => "La réunion d’introduction n’a pas d’ordre du jour.",
        GapNoMeetingMinutes => {
            "La réunion d’introduction a eu lieu : consignez-en le compte rendu."
        }
        GapNoActionItem => "Le plan d’action n’a encore aucune action.",
        GapResultWithoutAction => "Un résultat attendu n’a aucune action dans le plan.",
        GapOverdueActions => "Certaines actions ont dépassé leur échéance.",
        GapActionOwnerNotMember => "Le responsable d’une action n’est plus membre.",
        GapNoDiscussion => "Aucune discussion planifiée pour l’instant.",
        GapClosedWithoutSummary => "Une discussion close n’a pas de résumé de clôture.",
        ToolsMethod => {
            "Choisissez des outils synchrones et asynchrones avant le début de la communauté, pour que les membres soient bien connectés dès le départ. Praxis est déjà votre espace asynchrone."
        }
        ModeSync => "Synchrone",
        ModeAsync => "Asynchrone",
        ModeUnknown => "Inconnu",
        ToolPraxis => "Praxis",
        ToolVideo => "Visioconférence",
        ToolWebinar => "Webinaire",
        ToolMailingList => "Liste de diffusion",
        ToolRepository => "Dépôt de documents partagé",
        ToolsHeading => "Outils choisis",
        NoTools => "Aucun outil choisi pour l’instant.",
        FieldPurpose => "Objet",
        ToolsRoleHint => "Un responsable, modérateur ou facilitateur choisit les outils.",
        AddTool => "Ajouter",
        SuggestedToolsHeading => "Outils suggérés",
        OtherToolHeading => "Un autre outil",
        FieldToolName => "Nom de l’outil",
        FieldMode => "Mode",
        AddOtherTool => "Ajouter l’outil",
        RegisterMethod => {
            "L’appel invite à s’inscrire en ligne ; un responsable ou un modérateur confirme chaque inscription. Le formulaire fonctionne hors connexion et est envoyé à la reconnexion."
        }
        RegistrationPending => {
            "Votre inscription attend la confirmation d’un responsable ou d’un modérateur."
        }
        RegistrationConfirmed => "Votre inscription est confirmée.",
        RegistrationDeclined => "Votre inscription a été refusée.",
        YouAreMember => "Vous êtes membre de cette communauté.",
        FieldInstitution => "Institution",
        FieldCountry => "Pays",
        FieldExpertise => "Expertise",
        FieldInterests => "Centres d’intérêt",
        FieldConsent => "J’accepte les règles de la communauté (obligatoire)",
        SendRegistration => "M’inscrire",
        RegisterHeading => "Formulaire d’inscription",
        RosterHeading => "Membres",
        PendingHeading => "Inscriptions en attente",
        PendingRoleHint => "Un responsable ou un modérateur confirme les inscriptions.",
        NoPending => "Aucune inscription en attente.",
        Confirm => "Confirmer",
        Decline => "Refuser",
        MeetingMethod => {
            "La réunion d’introduction présente l’objectif, les résultats attendus et le plan d’action, et permet aux membres de se rencontrer. Envoyez l’invitation avec la date et l’ordre du jour."
        }
        MeetingPurposeHeading => "Ce que présente la réunion",
        FieldMeetingDate => "Date de la réunion",
        FieldAgenda => "Ordre du jour",
        FieldMinutes => "Compte rendu",
        MeetingRoleHint => "Un responsable, modérateur ou facilitateur prépare la réunion.",
        DownloadInvitation => "Télécharger l’invitation (.ics)",
        InvitationNeedsDate => "Fixez une date pour télécharger l’invitation.",
        PlanMethod => {
            "Le responsable ou le modérateur propose un plan d’action lors de la réunion d’introduction ; chaque activité sert un résultat attendu et chaque membre en suit l’avancement."
        }
        StatusDone => "Terminé",
        StatusCancelled => "Annulé",
        PlanHeading => "Activités",
        NoActions => "Aucune activité pour l’instant.",
        FieldResult => "Résultat attendu",
        FieldOwner => "Responsable de l’action",
        FieldAction => "Activité",
        FieldDue => "Échéance",
        FieldActionStatus => "État de l’activité",
        PlanRoleHint => "Un responsable ou un modérateur modifie le plan d’action.",
        ErrActionIncomplete => {
            "Décrivez l’activité et choisissez un résultat attendu, un responsable et une échéance."
        }
        AddActionHeading => "Ajouter une activité",
        AddAction => "Ajouter l’activité",
        ErrDateInPast => "Cette date est passée : choisissez aujourd’hui ou un jour suivant.",
        ErrInvalidDate => "Saisissez une date valide.",
        ErrConsentRequired => "Pour vous inscrire, acceptez les règles de la communauté.",
        DiscussionsHeading => "Discussions",
        DiscussionsOpen => "Discussions modérées",
        NoDiscussions => "Pas encore de discussion.",
        DiscussionStage => "Étape",
        DiscussionPostCount => "Messages",
        DiscPlanned => "Planifiée",
        DiscOpen => "Ouverte",
        DiscClosing => "En clôture",
        DiscClosed => "Close",
        NewDiscussionHeading => "Nouvelle discussion",
        FieldDiscussionTitle => "Titre de la discussion",
        FieldDiscussionObjective => "Objectif de la discussion",
        FieldGuidingQuestion => "Question directrice",
        GuidelinesLegend => "Règles de participation",
        FieldPostLanguage => "Langue des messages",
        FieldMaxWords => "Nombre maximal de mots par message",
        FieldAddressing => "Comment s’adresser aux autres",
        NoWordLimit => "Aucune limite",
        CreateDiscussion => "Créer la discussion",
        DiscussionRoleHint => {
            "Seul un responsable, un modérateur ou un facilitateur peut planifier une discussion."
        }
        ErrWholeNumber => "Saisissez un nombre entier ou laissez vide.",
        PinnedQuestion => "Question en discussion",
        PostsHeading => "Fil de discussion",
        NoPosts => "Pas encore de message.",
        ReplyButton => "Répondre",
        ReplyTo => "à",
        FieldPost => "Votre message",
        FieldReply => "Votre réponse",
        SendPost => "Publier",
        SendReply => "Envoyer la réponse",
        NewPostHeading => "Participer à la discussion",
        ModerationHeading => "Modération",
        FieldRestated => "Question reformulée",
        RestateQuestion => "Reformuler la question",
        FieldClosingSummary => "Synthèse articulée",
        CitedPostsLegend => "Messages sur lesquels repose la synthèse",
        CloseDiscussion => "Clore la discussion",
        ClosingSummaryHeading => "Synthèse de clôture",
        DiscussionIsClosed => "Cette discussion est close.",
        CitedPosts => "Messages cités",
        PostBy => "Message de",
        DiscussionNotFound => "Cette discussion n’existe pas dans cette communauté.",
        AllDiscussions => "Toutes les discussions",
        ErrPostTooLong => "Ce message dépasse le nombre de mots permis par les règles.",
        ErrDiscussionClosed => "Cette discussion est close ; elle n’accepte plus de messages.",
        ErrAlreadyDecided => "Un autre membre a déjà statué sur cette inscription.",
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
            "Envoyez ce lien aux autres membres : il ouvre cette communauté dans leur navigateur. Une personne qui n’est pas encore membre a besoin d’un lien d’invitation, sauf si l’appel est public."
        }
        CopyLink => "Copier le lien",
        Copied => "Lien copié.",
        CopyFailed => "Impossible de copier. Sélectionnez le lien et copiez-le à la main.",
        LookingFor => "Recherche de cette communauté…",
        LookingOffline => {
            "Vous êtes hors ligne. La communauté se chargera au retour de la connexion."
        }
        NotFoundOnRelay => "Cette communauté est introuvable sur le relais.",
        NotSharedWithYou => {
            "Le relais ne partage plus cette communauté avec cet appareil : vous n’êtes pas parmi ses membres. Ce que vous avez reste ici, mais vos modifications n’atteindront pas les autres. Demandez une invitation à un responsable."
        }
        ErrorSignIn => {
            "Le relais n’a pas accepté cet appareil ; vos modifications restent sur cet appareil en attendant."
        }
        ErrorDeviceKeyMissing => {
            "Ce navigateur ne peut pas créer de clé d’appareil, il ne peut donc pas synchroniser. Votre travail reste sur cet appareil."
        }
        InviteHeading => "Inviter des membres",
        InviteHint => {
            "L’appel est restreint (ou pas encore décidé) : seuls les membres et les personnes ayant un lien d’invitation peuvent ouvrir cette communauté. Le relais crée les liens, il faut donc une connexion."
        }
        InviteAskLeader => {
            "Pour inviter quelqu’un, demandez un lien d’invitation à un responsable ou à un modérateur."
        }
        InviteValidFor => "Valable pendant",
        InviteOneDay => "1 jour",
        InviteOneWeek => "7 jours",
        InviteOneMonth => "30 jours",
        InviteUses => "Qui peut l’utiliser",
        InviteOnePerson => "Une personne",
        InviteManyPeople => "Toute personne ayant le lien, jusqu’à son expiration",
        InviteCreate => "Créer un lien d’invitation",
        InviteOffline => "Connectez-vous au relais pour créer ou révoquer des liens d’invitation.",
        InviteCreated => "Lien d’invitation créé. Envoyez-le à la personne invitée.",
        InviteRevokedDone => "Invitation révoquée : son lien ne fonctionne plus.",
        InviteFailed => "Le relais n’a pas pu le faire.",
        InviteActive => "Liens d’invitation en cours",
        InviteExpires => "Expire le",
        InviteRevoke => "Révoquer",
        JoinHeading => "Invitation à une communauté",
        JoinWorking => "Vérification de l’invitation auprès du relais…",
        JoinInvalid => "Ce lien d’invitation n’est pas valide. Demandez-en un nouveau.",
        JoinExpired => "Cette invitation a expiré. Demandez-en une nouvelle.",
        JoinUsed => "Cette invitation a déjà été utilisée. Demandez-en une nouvelle.",
        JoinRevoked => "Cette invitation a été révoquée.",
        JoinOffline => "Vous êtes hors ligne. Rouvrez ce lien une fois connecté.",
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
        ErrorCorruptJournal => {
            "Des modifications non enregistrées de cet appareil sont illisibles ; elles ont été mises de côté, le reste a été chargé."
        }
        ErrorUnreadable => "Impossible de lire une communauté.",
        ErrorCreate => "Impossible de créer la communauté.",
        ErrorEdit => "Impossible d’appliquer votre modification.",
        DesignHeading => "Conception (phase I)",
        DesignIntro => {
            "Les six étapes de la phase de conception de la méthode. Ouvrez une étape pour y travailler."
        }
        DesignStagesNav => "Étapes de la conception",
        StageName => "Nom",
        StageProblem => "Problème",
        StageObjective => "Objectif",
        StageResults => "Résultats attendus",
        StageMembers => "Membres et rôles",
        StageAudiences => "Publics cibles",
        StageComplete => "Terminée",
        StageMissing => "Il manque :",
        MissingTitle => "un titre",
        MissingProblem => "l’énoncé du problème",
        MissingObjectiveType => "le type d’objectif",
        MissingObjectiveText => "l’objectif dans vos propres mots",
        MissingResult => "au moins un résultat attendu",
        MissingTooManyResults => "au plus trois résultats attendus (supprimez-en)",
        MissingIndicator => "un indicateur pour chaque résultat attendu",
        MissingLeader => "un responsable",
        MissingModerator => "un modérateur",
        MissingCall => "l’appel à membres (public ou restreint)",
        MissingAudience => "au moins un public cible",
        PhaseTwoHeading => "Phase II : mise en œuvre",
        PhaseTwoStarted => "La phase II (mise en œuvre) a commencé.",
        PhaseTwoReady => "La conception est terminée : la communauté peut commencer la phase II.",
        PhaseTwoIncomplete => {
            "La conception n’est pas encore terminée. Un responsable peut tout de même commencer la phase II après l’avoir confirmé."
        }
        ConfirmIncomplete => "Je confirme que nous commençons avec une conception incomplète",
        StartPhaseTwo => "Commencer la phase II",
        BackToOverview => "Vue d’ensemble de la communauté",
        MethodAdvice => "Conseils de la méthode",
        Remove => "Supprimer",
        NameMethod => {
            "La méthode conseille que le nom précise l’objectif et le produit concret attendu."
        }
        NameAdviceHeading => "Conseils sur ce nom",
        NameLooksGood => "Ce nom semble indiquer un objectif et un produit.",
        AdviceTooShort => {
            "Le nom est court : quelques mots indiquent rarement à la fois l’objectif et le produit."
        }
        AdviceNoProduct => {
            "Aucun produit concret trouvé : dites ce que la communauté produira (par exemple « définir des indicateurs »)."
        }
        AdviceOngoingActivity => "Il décrit une activité continue plutôt qu’un produit :",
        GoodNames => "Bons noms",
        BadNames => "Noms à éviter",
        ProductPart => "Produit :",
        ProblemMethod => {
            "Identification du problème : une brève description du problème que cette communauté doit résoudre. Une communauté peut aussi construire de nouvelles connaissances ou un état des lieux du sujet."
        }
        ObjectiveLegend => "Type d’objectif",
        FieldObjective => "Objectif dans vos propres mots",
        ObjectiveMethod => {
            "Choisissez vers quoi l’objectif de la communauté est orienté, puis formulez l’objectif dans vos propres mots. Chaque type est expliqué à côté de son choix."
        }
        ObjProblemSolving => "Résolution de problèmes",
        ObjGenerationOfIdeas => "Génération d’idées",
        ObjSharingKnowledge => "Partage de connaissances entre institutions",
        ObjBestPractices => "Élaboration de bonnes pratiques",
        ObjLessonsLearned => "Enseignements tirés",
        ObjPostActionReviews => "Revues après action",
        ConflictHeading => "Des membres ont choisi des valeurs différentes en même temps :",
        ConflictHint => "Gardez l’une d’elles pour trancher pour tout le monde.",
        ConflictKeep => "Garder",
        ResultsMethod => {
            "La communauté doit définir un à trois résultats attendus qui seront vérifiés lors de l’évaluation ; chaque activité y est orientée. Donnez un indicateur à chaque résultat."
        }
        ResultLabel => "Résultat attendu",
        NoResults => "Pas encore de résultat attendu.",
        FieldDescription => "Description",
        FieldIndicator => "Indicateur",
        FieldStatus => "Statut",
        StatusPlanned => "Prévu",
        StatusInProgress => "En cours",
        StatusAchieved => "Atteint",
        StatusNotAchieved => "Non atteint",
        AddResultHeading => "Ajouter un résultat attendu",
        NewResultDescription => "Description du nouveau résultat",
        NewResultIndicator => "Indicateur du nouveau résultat",
        AddResult => "Ajouter le résultat attendu",
        ResultsFull => {
            "Cette communauté a déjà trois résultats attendus, le maximum permis par la méthode. Supprimez-en un pour en ajouter un autre."
        }
        MembersMethod => {
            "Choisissez les personnes qui participeront, attribuez un rôle à chacune et décidez si l’appel est public ou réservé à un groupe précis. Toute communauté a besoin d’un responsable et d’un modérateur."
        }
        MembersHeading => "Membres",
        NoMembers => "Pas encore de membre.",
        AddMemberHeading => "Ajouter un membre",
        FieldMemberName => "Nom du membre",
        FieldRole => "Rôle",
        RoleOf => "Rôle de",
        ThisIsMe => "C’est moi (sur cet appareil)",
        You => "(vous)",
        AddMember => "Ajouter le membre",
        RoleLeader => "Responsable",
        RoleModerator => "Modérateur",
        RoleFacilitator => "Facilitateur",
        RoleParticipant => "Participant",
        CallLegend => "Appel à membres",
        CallPublic => "Public : tout le monde peut répondre",
        ApprovalModerated => {
            "Les inscriptions doivent être approuvées par un responsable ou un modérateur"
        }
        ApprovalHint => {
            "Sans approbation, toute personne inscrite entre aussitôt comme participante."
        }
        CallRestricted => "Réservé à un groupe précis de personnes",
        ResponsibilitiesHeading => "Rôles et responsabilités",
        AudiencesMethod => {
            "Identifiez les publics cibles : le groupe que la communauté servira et les groupes qui peuvent en bénéficier."
        }
        NoAudiences => "Pas encore de public cible.",
        AddAudienceHeading => "Ajouter un public cible",
        FieldAudience => "Public cible",
        AddAudience => "Ajouter le public",
        ErrEmptyValue => "Remplissez d’abord ce champ.",
        ErrTooManyResults => "La méthode permet au plus trois résultats attendus.",
        ErrNotFound => "Cette entrée n’existe plus : un autre membre l’a peut-être supprimée.",
        ErrNotAllowed => {
            "Seul un responsable peut le faire. Dans Membres et rôles, ajoutez-vous comme responsable et cochez « C’est moi »."
        }
        ErrLeaderOrModeratorOnly => "Seul un responsable ou un modérateur peut le faire.",
        ErrDesignIncomplete => {
            "La conception n’est pas terminée : cochez la confirmation pour commencer quand même la phase II."
        }
        MemberNotFound => "Ce membre ne fait pas partie de la communauté.",
        ProfileDetailsHeading => "Profil",
        NoConfirmedRegistration => "Pas encore d’inscription confirmée.",
        ProfilePosts => "Interventions dans les discussions",
        ProfileNotesHeading => "Notes des modérateurs sur les connaissances et les intérêts",
        NoProfileNotes => "Pas encore de notes des modérateurs.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Seul un leader, un modérateur ou un facilitateur peut faire cela dans une discussion."
        }
        DiscNoDate => "Pas de date",
        DiscScheduleHeading => "Étapes et dates",
        DiscSummaryBy => "Synthèse intermédiaire de",
        DiscDrawsOn => "Fondée sur :",
        DiscFollowUpsHeading => "Actions de suivi",
        DiscNoFollowUps => "Aucune action de suivi liée.",
        DiscSaveFollowUps => "Enregistrer les actions de suivi",
        DiscSaved => "Enregistré.",
        DiscFollowUpsLegend => "Actions de suivi du plan d’action",
        DiscNoActions => "Le plan d’action n’a pas encore d’actions.",
        DiscSummarySuggested => {
            "Le débat s’allonge : la méthode conseille une synthèse intermédiaire."
        }
        DiscPostsSinceSummary => "Messages depuis la dernière synthèse",
        DiscWriteSummary => "Rédiger une synthèse intermédiaire",
        DiscErrSummaryEmpty => "Rédigez d’abord la synthèse.",
        DiscSummaryHeading => "Synthèse intermédiaire",
        DiscFieldSummary => "Texte de la synthèse intermédiaire",
        DiscSummaryPostsLegend => "Messages sur lesquels repose cette synthèse",
        DiscPostSummary => "Publier la synthèse intermédiaire",
        DiscParticipantsHeading => "Connaissances et intérêts des participants",
        DiscParticipantsHint => {
            "Notez ce que chaque membre sait, son expérience et ses intérêts, pour en tenir compte. Les notes apparaissent aussi sur le profil du membre."
        }
        DiscFieldNotes => "Connaissances, expérience et intérêts",
        DiscProfileOf => "Profil de",
        DiscNoParticipants => {
            "Personne n’a encore participé : les membres apparaissent ici dès qu’ils publient ou rejoignent un sous-groupe."
        }
        DiscPlanHeading => "Plan de la discussion",
        DiscSaveGuidelines => "Enregistrer les règles",
        DiscDatePlanned => "Date de planification",
        DiscDateOpen => "Date d’ouverture",
        DiscDateClosing => "Date de début de la clôture",
        DiscDateClosed => "Date de clôture",
        DiscChangeStage => "Changer d’étape",
        DiscSubgroupsHeading => "Sous-groupes",
        DiscNoSubgroups => "Pas encore de sous-groupes.",
        DiscSubgroupMembers => "Membres du sous-groupe",
        DiscEditSubgroup => "Sous-groupe :",
        DiscSubgroupName => "Nom du sous-groupe",
        DiscSaveSubgroup => "Enregistrer le sous-groupe",
        DiscRemoveSubgroup => "Supprimer le sous-groupe",
        DiscErrSubgroupName => "Donnez un nom au sous-groupe.",
        DiscNewSubgroupHeading => "Nouveau sous-groupe",
        DiscAddSubgroup => "Ajouter le sous-groupe",
        AsmtFinalHeading => "Évaluation finale",
        AsmtPeriodicHeading => "Évaluations périodiques",
        AsmtNoFinal => "L’évaluation finale n’a pas encore été ouverte.",
        AsmtNoPeriodic => "Aucune évaluation périodique pour l’instant.",
        AsmtOpenedBy => "Ouverte le {date} par {name}",
        AsmtOpenState => "Ouverte : elle reçoit des réponses",
        AsmtClosedOn => "Clôturée le {date}",
        AsmtResponseRate => "{n} membres sur {m} ont répondu ({rate} %)",
        AsmtManageHint => {
            "Les responsables et les modérateurs ouvrent les évaluations et en modifient les questions ; tous les membres y répondent."
        }
        AsmtOpenHeading => "Ouvrir une évaluation",
        AsmtOpenHint => {
            "Elle commence avec les questions de la méthode dans la langue de la communauté ; vous pouvez les modifier jusqu’à ce que quelqu’un réponde. L’évaluation finale s’ouvre une seule fois, en phase III."
        }
        AsmtNewTitle => "Titre (facultatif : un titre par défaut est utilisé)",
        AsmtOpenFinal => "Ouvrir l’évaluation finale",
        AsmtOpenPeriodic => "Ouvrir une évaluation périodique",
        AsmtEditHeading => "Modifier l’évaluation",
        AsmtTitle => "Titre de l’évaluation",
        AsmtQuestion => "Question",
        AsmtAnswerScale => "Réponse de 1 à 5",
        AsmtAnswerText => "Réponse écrite",
        AsmtUnknownType => {
            "(ce type de question nécessite une version plus récente de l’application)"
        }
        AsmtAnsweredBy => "{n} réponse(s)",
        AsmtMoveUp => "Monter",
        AsmtMoveDown => "Descendre",
        AsmtAddHeading => "Ajouter une question",
        AsmtAnswerType => "Type de réponse",
        AsmtCycle => "Cycle de création de valeur (facultatif)",
        AsmtNoCycle => "Aucun",
        AsmtAddQuestion => "Ajouter la question",
        AsmtCycleImmediate => "Valeur immédiate",
        AsmtCyclePotential => "Valeur potentielle",
        AsmtCycleApplied => "Valeur appliquée",
        AsmtCycleRealized => "Valeur réalisée",
        AsmtCycleReframing => "Valeur de recadrage",
        AsmtCloseHint => {
            "Clôturer l’évaluation arrête les réponses : ses résultats deviennent définitifs et tous les membres peuvent les lire."
        }
        AsmtClose => "Clôturer l’évaluation",
        AsmtClosedNoAnswers => "Cette évaluation est clôturée : elle ne reçoit plus de réponses.",
        AsmtYourAnswers => "Vos réponses",
        AsmtNotAnonymous => {
            "Vos réponses ne sont pas anonymes : l’historique de la communauté enregistre qui a répondu, et le responsable et les modérateurs lisent les réponses écrites avec votre nom."
        }
        AsmtAnsweredOn => "Vous avez répondu le {date}. Un nouvel envoi remplace vos réponses.",
        AsmtSend => "Envoyer mes réponses",
        AsmtSaved => {
            "Vos réponses sont enregistrées sur cet appareil et envoyées dès que vous êtes en ligne."
        }
        AsmtAnswerSomething => "Répondez d’abord à au moins une question.",
        AsmtScaleLow => "Pas du tout",
        AsmtScale2 => "Un peu",
        AsmtScale3 => "Moyennement",
        AsmtScale4 => "Beaucoup",
        AsmtScaleHigh => "Énormément",
        AsmtResultsHeading => "Résultats",
        AsmtResultsWhenClosed => {
            "Les résultats sont montrés à tous les membres une fois l’évaluation clôturée ; d’ici là, seuls le responsable et les modérateurs les voient, afin que les réponses déjà données n’influencent pas celles à venir."
        }
        AsmtResultsFinal => "L’évaluation est clôturée : ces résultats sont définitifs.",
        AsmtChartTitle => "{title} : résultats",
        AsmtChartDescription => {
            "Réponses à chaque question et à chaque cycle de création de valeur, de 1 (pas du tout) à 5 (énormément), avec leur nombre, leur médiane et leur moyenne."
        }
        AsmtChartCaption => {
            "Répartition des réponses de 1 (pas du tout) à 5 (énormément). Les tableaux ci-dessous donnent les mêmes chiffres."
        }
        AsmtByQuestion => "Par question",
        AsmtByCycle => "Par cycle de création de valeur",
        AsmtAnswersWord => "réponses",
        AsmtMedian => "Médiane",
        AsmtMean => "Moyenne",
        AsmtNoAnswers => "Pas encore de réponses",
        AsmtAnswered => "Réponses",
        AsmtTableQuestions => "Réponses par question, de 1 à 5",
        AsmtTableCycles => "Réponses par cycle de création de valeur, de 1 à 5",
        AsmtCycleColumn => "Cycle de création de valeur",
        AsmtOpenAnswers => "Réponses écrites",
        PremodLabel => {
            "Les synthèses des participants doivent être acceptées par un modérateur (prémodération)"
        }
        PremodHint => {
            "Activée par défaut pour un appel public. Les responsables, modérateurs et facilitateurs publient leurs propres synthèses immédiatement."
        }
        PropHeading => "Proposer une synthèse",
        PropHintOn => {
            "La prémodération est activée : un modérateur lit votre synthèse avant qu’elle n’apparaisse dans le fil."
        }
        PropHintOff => "Votre synthèse apparaît immédiatement dans le fil.",
        PropField => "Texte de votre synthèse",
        PropSend => "Proposer la synthèse",
        PropPublished => "Publiée : votre synthèse est dans le fil.",
        PropSent => "Envoyée aux modérateurs pour acceptation.",
        PropListHeading => "Synthèses proposées",
        PropBy => "Synthèse proposée par",
        PropStateLabel => "État",
        PropStateWaiting => "En attente de l’acceptation d’un modérateur",
        PropStateReturned => "Renvoyée par {who} avec ce commentaire : {what}",
        PropStateAccepted => "Acceptée : elle figure dans le fil comme synthèse intermédiaire",
        PropStateUnknown => "Inconnu (écrit par une version plus récente de Praxis)",
        PropOf => "la synthèse proposée par",
        PropOn => "sur la synthèse proposée par",
        PropAccept => "Accepter",
        PropComment => "Commentaire pour l’auteur",
        PropReturn => "Renvoyer avec un commentaire",
        PropErrComment => "Écrivez un commentaire qui dit quoi changer.",
        PropRevised => "Synthèse révisée",
        PropResend => "Envoyer à nouveau",
        PropErrDecided => "Un modérateur a déjà statué sur cette proposition.",
        ReviewHeading => "Depuis votre dernière revue",
        ReviewNothing => "Rien de nouveau depuis votre dernière revue.",
        ReviewSummary => "{n} contributions de {m} membres à examiner.",
        ReviewMarkAll => "Tout marquer comme examiné",
        ReviewAddedPosts => "a ajouté {n} messages à {what}",
        ReviewAdded => "a ajouté {what}",
        ReviewChanged => "a modifié {what}",
        ReviewRemoved => "a supprimé {what}",
        ReviewBefore => "Avant",
        ReviewAfter => "Après",
        ReviewChose => "a choisi",
        ReviewCleared => "l'a vidé",
        ReviewUnknownMember => "Quelqu'un hors de la liste",
        ReviewUndo => "Annuler cette contribution",
        ReviewConflictsHeading => "Choisi différemment en même temps",
        ReviewConflictHint => {
            "Rien n'est écarté tant que personne n'a choisi : la valeur affichée est provisoire."
        }
        ReviewChooseValue => "Choisir",
        ReviewBy => "par",
        SectionDesign => "Conception",
        SectionRoster => "Membres",
        SectionPlan => "Plan",
        SectionDiscussion => "Discussion « {what} »",
        SectionKnowledge => "Connaissances",
        SectionModeration => "Modération",
        SectionOther => "Autres",
        SubjectTitle => "le nom",
        SubjectProblem => "le problème",
        SubjectObjective => "l'objectif",
        SubjectObjectiveType => "le type d'objectif",
        SubjectDesign => "la conception",
        SubjectResult => "le résultat attendu {n}",
        SubjectAudience => "un public cible",
        SubjectMember => "le membre {what}",
        SubjectCall => "l'appel à membres",
        SubjectRegistration => "une inscription",
        SubjectPhase => "la phase",
        SubjectTool => "un outil de gestion des connaissances",
        SubjectMeeting => "la réunion d'introduction",
        SubjectAction => "une action du plan",
        SubjectDiscussionPlan => "le plan de la discussion",
        SubjectPost => "un message",
        SubjectRestatement => "la question directrice",
        SubjectSummary => "un résumé",
        SubjectParticipantNote => "des notes sur un participant",
        SubjectClosing => "la clôture",
        SubjectProposal => "une proposition",
        SubjectDecision => "un conflit, en choisissant une valeur",
        SubjectOther => "quelque chose que cette version ne connaît pas",
        PostHiddenFor => "Un modérateur a masqué ce message.",
        PostHiddenReason => "Masqué par {who} : {what}",
        PostHide => "Masquer",
        PostUnhide => "Afficher à nouveau",
        PostHideReason => "Motif (l'auteur le verra)",
        PostHideConfirm => "Masquer le message",
        PostHideNeedsReason => "Indiquez pourquoi le message est masqué.",
        ReviewAddedPost => "a ajouté un message à {what}",
        ReviewMarkOne => "Marquer comme examiné",
        ReviewReviewedBy => "Examiné par {who}",
        ReviewReturn => "Renvoyer à son auteur",
        ReviewReturnComment => "Commentaire pour l'auteur",
        ReviewReturnSend => "Renvoyer le message",
        ReviewReturnNeedsComment => "Écrivez un commentaire pour l'auteur.",
        PostReturnedNote => "Renvoyé par {who} : {what}",
        PostEdit => "Modifier",
        PostEditLabel => "Texte du message",
        PostEditSave => "Enregistrer le message",
        PostEditCancel => "Annuler",
        ParticipationHeading => "Participation",
        ParticipationCaption => {
            "Modifications apportées par chaque membre à la communauté, et leurs messages"
        }
        ParticipationMember => "Membre",
        ParticipationChanges => "Modifications",
        ParticipationPosts => "Messages",
        ReviewShowPosts => "Afficher les {n} messages",
        ReviewHidePosts => "Masquer les messages",
        ErrMembersOnly => {
            "Seuls les membres de la communauté peuvent le faire : inscrivez-vous pour participer ou demandez une invitation à un responsable."
        }
        PhaseThreeNav => "Pages de la phase III",
        PhaseThreeHeading => "Phase III : Conclusion",
        PhaseThreeIntro => {
            "Dans la dernière phase, la communauté évalue ce qu’elle a accompli, consigne ses connaissances pour le dépôt institutionnel et communique ses résultats. Le responsable la lance quand le travail de la phase II est fait."
        }
        StartPhaseThree => "Lancer la phase III : Conclusion",
        PageClose => "Clôturer la communauté",
        CloseMethod => {
            "La méthode clôture une communauté après son évaluation finale : conclusions, leçons apprises et recommandations consignées, résultats communiqués. Une fois clôturée, la communauté devient un dossier en lecture seule que le serveur archive pour le dépôt institutionnel."
        }
        ClosingChecklist => "Avant de clôturer",
        ClosingReady => "Tout ce que demande la méthode est en place.",
        GapDiscussionsNotClosed => "{n} discussions ne sont pas encore closes",
        GapResultsUndecided => {
            "{n} résultats attendus n’indiquent pas encore s’ils ont été atteints"
        }
        CloseHeading => "Clôturer la communauté",
        CloseExplained => {
            "La clôture est définitive : ensuite personne ne peut modifier la communauté, et le serveur la conserve comme dossier archivé. Les modifications faites hors ligne et envoyées plus tard sont mises de côté pour les modérateurs, pas perdues."
        }
        ConfirmCloseIncomplete => {
            "Clôturer quand même : je sais qu’il manque des éléments de la liste"
        }
        CloseCommunity => "Clôturer la communauté",
        CloseLeaderOnly => "Seul un responsable de la communauté peut la clôturer.",
        CommunityClosedBy => {
            "{name} a clôturé cette communauté le {date}. C’est désormais un dossier en lecture seule."
        }
        OpenArchiveRecord => "Ouvrir le dossier archivé",
        ErrCommunityClosed => {
            "La communauté est clôturée : c’est désormais un dossier en lecture seule."
        }
        ErrClosingIncomplete => {
            "Il manque des éléments de la liste : confirmez que vous voulez clôturer quand même."
        }
        ErrWrongPhase => "Cette étape appartient à une autre phase de la méthode.",
        CommunityLanguage => "Langue du dossier de la communauté",
        CommunityLanguageUnset => "Non choisie (anglais)",
        CommunityLanguageHint => {
            "Les questions de l’évaluation, le kit de communication et le dossier archivé sont rédigés dans cette langue. Le responsable la choisit."
        }
        SectionConclusion => "Conclusion",
        SubjectAssessment => "une évaluation",
        SubjectAssessmentQuestion => "une question d’une évaluation",
        SubjectAssessmentResponse => "ses réponses à une évaluation",
        SubjectKnowledgeEntry => "une entrée de la base de connaissances",
        SubjectClosure => "la clôture de la communauté",
        GapNoFinalAssessment => {
            "L’évaluation finale n’a pas été ouverte (la clôture en a besoin, avec au moins une réponse)"
        }
        GapFinalAssessmentUnanswered => {
            "Personne n’a encore répondu à l’évaluation finale (la clôture demande au moins une réponse)"
        }
        GapFinalAssessmentOpen => {
            "L’évaluation finale reçoit encore des réponses : fermez-la pour que ses résultats soient définitifs"
        }
        GapNoConclusion => "Aucune conclusion acceptée dans la base de connaissances",
        GapNoLesson => "Aucune leçon apprise acceptée dans la base de connaissances",
        GapNoRecommendation => "Aucune recommandation acceptée dans la base de connaissances",
        GapNoKnowledge => "Un type de connaissance attendu n’a aucune entrée acceptée",
        ErrFinalAssessmentMissing => {
            "La clôture demande l’évaluation finale, avec la réponse d’au moins un membre."
        }
        ErrFinalAssessmentExists => "La communauté a déjà une évaluation finale.",
        ErrAssessmentClosed => {
            "Cette évaluation est fermée : elle n’accepte plus de réponses ni de modifications."
        }
        ErrQuestionAnswered => {
            "Des membres ont déjà répondu à cette question : ajoutez-en une nouvelle au lieu de la modifier."
        }
        ErrInvalidAnswer => {
            "Cette réponse ne correspond pas à la question (choisissez de 1 à 5, ou écrivez un texte)."
        }
        PageAssessment => "Évaluation",
        PageKnowledge => "Base de connaissances",
        PageKit => "Kit de communication",
        AssessmentMethod => {
            "La méthode demande des évaluations périodiques et une évaluation finale : une simple enquête de satisfaction auprès des membres, pour juger la performance de la communauté au regard de son objectif et de ses résultats attendus. Ses résultats fondent les conclusions, leçons apprises, revues post-action et recommandations."
        }
        KnowledgeMethod => {
            "Organiser ce que la communauté a produit est surtout la tâche du modérateur : transformer le savoir tacite en savoir explicite, prêt pour un dépôt institutionnel. Tout membre propose une entrée, liée aux discussions dont elle est issue ; un modérateur l’accepte ou la renvoie avec un commentaire."
        }
        KitMethod => {
            "Communiquez les résultats aux membres et à chaque public : une note sur l’intranet, une page pour le public, des messages courts pour les réseaux sociaux, une présentation, des messages pour les réseaux thématiques, un séminaire virtuel et, si la contribution est originale, un article scientifique. Chaque élément est rédigé à partir du contenu de la communauté, dans sa langue ; modifiez-le avant usage."
        }
        KbConclusion => "Conclusion",
        KbLessonLearned => "Leçon apprise",
        KbBestPractice => "Bonne pratique",
        KbPostActionReview => "Revue post-action",
        KbRecommendation => "Recommandation",
        KbConclusions => "Conclusions",
        KbLessonsLearned => "Leçons apprises",
        KbBestPractices => "Bonnes pratiques",
        KbPostActionReviews => "Revues post-action",
        KbRecommendations => "Recommandations",
        KbKind => "Type de connaissance",
        KbTitle => "Titre",
        KbText => "Ce que la communauté a appris, en quelques phrases",
        KbSources => "Discussions dont elle est issue",
        KbFrom => "Issue des discussions :",
        KbProposeHeading => "Proposer une connaissance",
        KbPropose => "Proposer l’entrée",
        KbAdded => "Ajoutée à la base de connaissances.",
        KbSent => {
            "Envoyée aux modérateurs : elle apparaît dans la base de connaissances une fois acceptée."
        }
        KbNone => "Rien pour l’instant.",
        KitErrUrl => {
            "Une adresse doit commencer par https:// ou http:// et ne pas contenir d’espaces."
        }
        KitErrSeminar => "Le séminaire a besoin d’une date, d’une heure (UTC) et d’un lien.",
        KitErrDeck => "La présentation n’a pas pu être créée.",
        KitIntranet => "Note pour l’intranet",
        KitPublicPage => "Page web publique",
        KitNetwork => "Message pour les réseaux thématiques",
        KitArticle => "Plan d’article scientifique (IMRaD)",
        KitOptions => "À propos de la publication",
        KitOptionsHint => {
            "Tout ce qui suit est rédigé à partir du contenu de la communauté, dans sa langue. Ajoutez ce que vous seul savez ; les textes suivent votre saisie. Vos modifications dans les zones de texte restent sur cette page : téléchargez chaque élément quand il est prêt."
        }
        KitPageUrl => "Adresse où la page publique sera publiée",
        KitEmail => "Courriel de contact",
        KitHashtags => "Mots-dièse pour les réseaux sociaux (séparés par des virgules)",
        KitSeminar => "Séminaire virtuel",
        KitSeminarDate => "Date",
        KitSeminarTime => "Heure de début (UTC)",
        KitSeminarMinutes => "Durée en minutes",
        KitSeminarLink => "Lien pour participer",
        KitDownload => "Télécharger",
        KitSocial => "Messages courts pour les réseaux sociaux",
        KitSocialHint => "Chacun tient en 280 caractères comme X les compte (un lien compte 23).",
        KitSocialPost => "Message {n}",
        KitSocialCount => "{n} sur {limit} caractères",
        KitDeck => "Présentation",
        KitDeckHint => {
            "Un fichier .pptx que PowerPoint et LibreOffice ouvrent, fait à partir des résultats de la communauté."
        }
        KitDownloadDeck => "Télécharger les diapositives (.pptx)",
        KitSeminarInvitation => "Invitation au séminaire virtuel",
        KitSeminarNeeded => {
            "Indiquez ci-dessus la date, l’heure et le lien du séminaire pour rédiger l’invitation et le fichier de calendrier."
        }
        KitDownloadIcs => "Télécharger le fichier de calendrier (.ics)",
        ArchiveHeading => "Archives des communautés clôturées",
        ArchiveHint => {
            "Les communautés clôturées sont conservées comme dossiers : leurs conclusions, leçons apprises et recommandations peuvent être recherchées. La recherche est une page légère qui fonctionne sur les connexions lentes."
        }
        ArchiveSearch => "Rechercher dans les archives",
        LateHeading => "Envoyé après la clôture",
        LateCount => {
            "{n} modifications sont arrivées au serveur après l’archivage de la communauté. Elles sont mises de côté, hors du dossier."
        }
        LateChangeBy => "{name}, reçu le {date}",
        KbPosts => "Messages sur lesquels elle s’appuie",
        KbCites => "À partir des messages :",
        JoinDeclined => {
            "Les responsables de la communauté ont refusé votre inscription : ce lien ne peut donc pas vous admettre. Demandez-leur de vous ajouter à la liste des membres."
        }
        PostsShowEarlier => "Afficher les messages précédents ({n} non affichés)",
        PickerFilter => "Chercher des messages par auteur ou par mots",
        PickerShowing => "{shown} messages affichés sur {total}",
        PickerNoMatch => "Aucun message ne correspond.",
        PostVersionsHeading => {
            "Ce message a été modifié à deux endroits en même temps. Les deux versions sont conservées jusqu'à ce que son auteur ou un modérateur en garde une :"
        }
        PostVersionKeep => "Garder cette version",
        ErrInConflict => {
            "Ceci a été modifié à deux endroits en même temps : gardez d'abord l'une des versions."
        }
        ErrorPartMissing => {
            "Une partie de Praxis n'a pas pu être téléchargée : vos communautés ne peuvent pas encore s'ouvrir. Vérifiez votre connexion ; Praxis réessaie de lui-même."
        }
        PageMissingHeading => "Cette page n'est pas encore arrivée",
        PageMissingHint => {
            "La partie de Praxis de cette page n'a pas pu être téléchargée. Vérifiez votre connexion : la page s'affiche ici dès qu'elle arrive, et rien de ce que vous avez écrit n'est perdu."
        }
    }
}
