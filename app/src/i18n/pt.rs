//! The Portuguese text of every key: an exhaustive `match`, so a key without its
//! Portuguese text does not compile.

use super::Key;

pub(super) fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        PageTools => "Ferramentas de gestão do conhecimento",
        PageRegister => "Inscrição e membros",
        PageMeeting => "Reunião introdutória",
        PagePlan => "Plano de ação",
        PhaseTwoNav => "Páginas de implementação",
        PhaseTwoPagesHeading => "Implementação (Fase II)",
        PhaseTwoIntro => {
            "As etapas da fase de implementação do método. Abra uma etapa para trabalhar nela."
        }
        GapNoTool => "Nenhuma ferramenta de gestão do conhecimento registrada ainda.",
        GapRegistrationsPending => "Há inscrições aguardando a decisão de um líder ou moderador.",
        GapNoConfirmedRegistration => "Nenhuma inscrição confirmada ainda.",
        GapNoMeetingDate => "A reunião introdutória não tem data.",
        GapNoMeetingAgenda => "A reunião introdutória não tem pauta.",
        GapNoMeetingMinutes => "A reunião introdutória já aconteceu: registre a ata.",
        GapNoActionItem => "O plano de ação ainda não tem ações.",
        GapResultWithoutAction => "Um resultado esperado não tem nenhuma ação no plano.",
        GapOverdueActions => "Algumas ações passaram do prazo.",
        GapActionOwnerNotMember => "O responsável por uma ação não é mais membro.",
        GapNoDiscussion => "Nenhuma discussão planejada ainda.",
        GapClosedWithoutSummary => "Uma discussão encerrada não tem resumo de encerramento.",
        ToolsMethod => {
            "Escolha ferramentas síncronas e assíncronas antes do início da comunidade, para que os membros estejam bem conectados desde o começo. O Praxis já é o seu espaço assíncrono."
        }
        ModeSync => "Síncrona",
        ModeAsync => "Assíncrona",
        ModeUnknown => "Desconhecido",
        ToolPraxis => "Praxis",
        ToolVideo => "Videoconferência",
        ToolWebinar => "Webinário",
        ToolMailingList => "Lista de e-mails",
        ToolRepository => "Repositório de documentos compartilhado",
        ToolsHeading => "Ferramentas escolhidas",
        NoTools => "Nenhuma ferramenta escolhida ainda.",
        FieldPurpose => "Finalidade",
        ToolsRoleHint => "Um líder, moderador ou facilitador escolhe as ferramentas.",
        AddTool => "Adicionar",
        SuggestedToolsHeading => "Ferramentas sugeridas",
        OtherToolHeading => "Outra ferramenta",
        FieldToolName => "Nome da ferramenta",
        FieldMode => "Modo",
        AddOtherTool => "Adicionar ferramenta",
        RegisterMethod => {
            "A convocatória convida as pessoas a se inscreverem eletronicamente; um líder ou moderador confirma cada inscrição. O formulário funciona sem conexão e é enviado ao reconectar."
        }
        RegistrationPending => "Sua inscrição aguarda a confirmação de um líder ou moderador.",
        RegistrationConfirmed => "Sua inscrição está confirmada.",
        RegistrationDeclined => "Sua inscrição foi recusada.",
        YouAreMember => "Você é membro desta comunidade.",
        FieldInstitution => "Instituição",
        FieldCountry => "País",
        FieldExpertise => "Especialidade",
        FieldInterests => "Interesses",
        FieldConsent => "Aceito as regras da comunidade (obrigatório)",
        SendRegistration => "Inscrever-me",
        RegisterHeading => "Formulário de inscrição",
        RosterHeading => "Membros",
        PendingHeading => "Inscrições pendentes",
        PendingRoleHint => "Um líder ou moderador confirma as inscrições.",
        NoPending => "Nenhuma inscrição aguardando.",
        Confirm => "Confirmar",
        Decline => "Recusar",
        MeetingMethod => {
            "A reunião introdutória apresenta o objetivo, os resultados esperados e o plano de ação, e permite que os membros se conheçam. Envie o convite com a data e a pauta."
        }
        MeetingPurposeHeading => "O que a reunião apresenta",
        FieldMeetingDate => "Data da reunião",
        FieldAgenda => "Pauta",
        FieldMinutes => "Ata",
        MeetingRoleHint => "Um líder, moderador ou facilitador planeja a reunião.",
        DownloadInvitation => "Baixar convite (.ics)",
        InvitationNeedsDate => "Defina uma data para baixar o convite.",
        PlanMethod => {
            "O líder ou moderador propõe um plano de ação na reunião introdutória; cada atividade serve a um resultado esperado e todos os membros acompanham seu andamento."
        }
        StatusDone => "Concluído",
        StatusCancelled => "Cancelado",
        PlanHeading => "Atividades",
        NoActions => "Nenhuma atividade ainda.",
        FieldResult => "Resultado esperado",
        FieldOwner => "Responsável",
        FieldAction => "Atividade",
        FieldDue => "Prazo",
        FieldActionStatus => "Situação da atividade",
        PlanRoleHint => "Um líder ou moderador edita o plano de ação.",
        ErrActionIncomplete => {
            "Descreva a atividade e escolha um resultado esperado, um responsável e um prazo."
        }
        AddActionHeading => "Adicionar uma atividade",
        AddAction => "Adicionar atividade",
        ErrDateInPast => "Esta data já passou: escolha hoje ou um dia posterior.",
        ErrInvalidDate => "Informe uma data válida.",
        ErrConsentRequired => "Para se inscrever, aceite as regras da comunidade.",
        DiscussionsHeading => "Discussões",
        DiscussionsOpen => "Discussões moderadas",
        NoDiscussions => "Ainda não há discussões.",
        DiscussionStage => "Etapa",
        DiscussionPostCount => "Mensagens",
        DiscPlanned => "Planejada",
        DiscOpen => "Aberta",
        DiscClosing => "Em encerramento",
        DiscClosed => "Encerrada",
        NewDiscussionHeading => "Nova discussão",
        FieldDiscussionTitle => "Título da discussão",
        FieldDiscussionObjective => "Objetivo da discussão",
        FieldGuidingQuestion => "Pergunta orientadora",
        GuidelinesLegend => "Diretrizes de participação",
        FieldPostLanguage => "Idioma das mensagens",
        FieldMaxWords => "Máximo de palavras por mensagem",
        FieldAddressing => "Como se dirigir aos outros",
        NoWordLimit => "Sem limite",
        CreateDiscussion => "Criar discussão",
        DiscussionRoleHint => {
            "Somente um líder, moderador ou facilitador pode planejar uma discussão."
        }
        ErrWholeNumber => "Digite um número inteiro ou deixe em branco.",
        PinnedQuestion => "Pergunta em discussão",
        PostsHeading => "Conversa",
        NoPosts => "Ainda não há mensagens.",
        ReplyButton => "Responder",
        ReplyTo => "a",
        FieldPost => "Sua mensagem",
        FieldReply => "Sua resposta",
        SendPost => "Publicar",
        SendReply => "Enviar resposta",
        NewPostHeading => "Participar da discussão",
        ModerationHeading => "Moderação",
        FieldRestated => "Pergunta reformulada",
        RestateQuestion => "Reformular a pergunta",
        FieldClosingSummary => "Síntese articulada",
        CitedPostsLegend => "Mensagens em que a síntese se baseia",
        CloseDiscussion => "Encerrar a discussão",
        ClosingSummaryHeading => "Síntese de encerramento",
        DiscussionIsClosed => "Esta discussão está encerrada.",
        CitedPosts => "Mensagens citadas",
        PostBy => "Mensagem de",
        DiscussionNotFound => "Não existe essa discussão nesta comunidade.",
        AllDiscussions => "Todas as discussões",
        ErrPostTooLong => "Esta mensagem ultrapassa o limite de palavras das diretrizes.",
        ErrDiscussionClosed => "Esta discussão está encerrada; não aceita mais mensagens.",
        ErrAlreadyDecided => "Outro membro já decidiu sobre esta inscrição.",
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
            "Envie este link a outros membros: ele abre esta comunidade no navegador deles. Quem ainda não é membro precisa de um link de convite, a menos que a chamada seja pública."
        }
        CopyLink => "Copiar link",
        Copied => "Link copiado.",
        CopyFailed => "Não foi possível copiar. Selecione o link e copie-o manualmente.",
        LookingFor => "Procurando esta comunidade…",
        LookingOffline => {
            "Você está sem conexão. A comunidade será carregada quando a conexão voltar."
        }
        NotFoundOnRelay => "Esta comunidade não foi encontrada no relé.",
        NotSharedWithYou => {
            "O relé não compartilha mais esta comunidade com este dispositivo: você não está entre os membros. O que você tem fica aqui, mas suas alterações não chegarão aos outros. Peça um convite a um líder."
        }
        ErrorSignIn => {
            "O relé não aceitou este dispositivo; suas alterações ficam neste dispositivo até que aceite."
        }
        ErrorDeviceKeyMissing => {
            "Este navegador não consegue criar uma chave de dispositivo, então não pode sincronizar. Seu trabalho fica neste dispositivo."
        }
        InviteHeading => "Convidar membros",
        InviteHint => {
            "A chamada é restrita (ou ainda não foi decidida): só os membros e quem tiver um link de convite podem abrir esta comunidade. O relé cria os links, então é preciso ter conexão."
        }
        InviteAskLeader => {
            "Para convidar alguém, peça um link de convite a um líder ou a um moderador."
        }
        InviteValidFor => "Válido por",
        InviteOneDay => "1 dia",
        InviteOneWeek => "7 dias",
        InviteOneMonth => "30 dias",
        InviteUses => "Quem pode usá-lo",
        InviteOnePerson => "Uma pessoa",
        InviteManyPeople => "Qualquer pessoa com o link, até expirar",
        InviteCreate => "Criar link de convite",
        InviteOffline => "Conecte-se ao relé para criar ou revogar links de convite.",
        InviteCreated => "Link de convite criado. Envie-o à pessoa convidada.",
        InviteRevokedDone => "Convite revogado: o link não funciona mais.",
        InviteFailed => "O relé não conseguiu fazer isso.",
        InviteActive => "Links de convite em vigor",
        InviteExpires => "Expira em",
        InviteRevoke => "Revogar",
        JoinHeading => "Convite para uma comunidade",
        JoinWorking => "Verificando o convite com o relé…",
        JoinInvalid => "Este link de convite não é válido. Peça um novo.",
        JoinExpired => "Este convite expirou. Peça um novo.",
        JoinUsed => "Este convite já foi usado. Peça um novo.",
        JoinRevoked => "Este convite foi revogado.",
        JoinOffline => "Você está sem conexão. Abra este link de novo quando estiver conectado.",
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
        ErrorCorruptJournal => {
            "Não foi possível ler alterações não salvas deste dispositivo; foram separadas e o resto foi carregado."
        }
        ErrorUnreadable => "Não foi possível ler uma comunidade.",
        ErrorCreate => "Não foi possível criar a comunidade.",
        ErrorEdit => "Não foi possível aplicar sua alteração.",
        DesignHeading => "Desenho (Fase I)",
        DesignIntro => {
            "As seis etapas da fase de desenho do método. Abra uma etapa para trabalhar nela."
        }
        DesignStagesNav => "Etapas do desenho",
        StageName => "Nome",
        StageProblem => "Problema",
        StageObjective => "Objetivo",
        StageResults => "Resultados esperados",
        StageMembers => "Membros e papéis",
        StageAudiences => "Públicos-alvo",
        StageComplete => "Completa",
        StageMissing => "Falta:",
        MissingTitle => "um título",
        MissingProblem => "a definição do problema",
        MissingObjectiveType => "o tipo de objetivo",
        MissingObjectiveText => "o objetivo em suas próprias palavras",
        MissingResult => "pelo menos um resultado esperado",
        MissingTooManyResults => "no máximo três resultados esperados (remova algum)",
        MissingIndicator => "um indicador para cada resultado esperado",
        MissingLeader => "um líder",
        MissingModerator => "um moderador",
        MissingCall => "a chamada de membros (pública ou restrita)",
        MissingAudience => "pelo menos um público-alvo",
        PhaseTwoHeading => "Fase II: Implementação",
        PhaseTwoStarted => "A fase II (Implementação) começou.",
        PhaseTwoReady => "O desenho está completo: a comunidade pode começar a fase II.",
        PhaseTwoIncomplete => {
            "O desenho ainda não está completo. Um líder pode começar a fase II se confirmar."
        }
        ConfirmIncomplete => "Confirmo que começamos com um desenho incompleto",
        StartPhaseTwo => "Começar a fase II",
        BackToOverview => "Visão geral da comunidade",
        MethodAdvice => "Conselhos do método",
        Remove => "Remover",
        NameMethod => {
            "O método recomenda que o nome inclua informações sobre o objetivo e o produto específico esperado."
        }
        NameAdviceHeading => "Conselhos sobre este nome",
        NameLooksGood => "Este nome parece indicar um objetivo e um produto.",
        AdviceTooShort => {
            "O nome é curto: poucas palavras raramente indicam ao mesmo tempo o objetivo e o produto."
        }
        AdviceNoProduct => {
            "Nenhum produto concreto encontrado: diga o que a comunidade vai produzir (por exemplo “definir indicadores”)."
        }
        AdviceOngoingActivity => "Descreve uma atividade contínua em vez de um produto:",
        GoodNames => "Bons nomes",
        BadNames => "Nomes a evitar",
        ProductPart => "Produto:",
        ProblemMethod => {
            "Identificação do problema: uma breve descrição do problema a ser resolvido com esta comunidade. Uma comunidade também pode gerar novo conhecimento ou uma linha de base sobre o tema."
        }
        ObjectiveLegend => "Tipo de objetivo",
        FieldObjective => "Objetivo em suas próprias palavras",
        ObjectiveMethod => {
            "Escolha para o que o objetivo da comunidade está orientado e depois formule o objetivo com suas próprias palavras. Cada tipo é explicado ao lado da opção."
        }
        ObjProblemSolving => "Resolução de problemas",
        ObjGenerationOfIdeas => "Geração de ideias",
        ObjSharingKnowledge => "Compartilhamento de conhecimento entre instituições",
        ObjBestPractices => "Desenvolvimento de boas práticas",
        ObjLessonsLearned => "Lições aprendidas",
        ObjPostActionReviews => "Revisões pós-ação",
        ConflictHeading => "Membros escolheram valores diferentes ao mesmo tempo:",
        ConflictHint => "Mantenha um deles para resolver para todos.",
        ConflictKeep => "Manter",
        ResultsMethod => {
            "A comunidade deve definir de um a três resultados esperados que serão verificados na avaliação; cada atividade é orientada para eles. Dê a cada resultado um indicador."
        }
        ResultLabel => "Resultado esperado",
        NoResults => "Ainda não há resultados esperados.",
        FieldDescription => "Descrição",
        FieldIndicator => "Indicador",
        FieldStatus => "Situação",
        StatusPlanned => "Planejado",
        StatusInProgress => "Em andamento",
        StatusAchieved => "Alcançado",
        StatusNotAchieved => "Não alcançado",
        AddResultHeading => "Adicionar um resultado esperado",
        NewResultDescription => "Descrição do novo resultado",
        NewResultIndicator => "Indicador do novo resultado",
        AddResult => "Adicionar resultado esperado",
        ResultsFull => {
            "Esta comunidade já tem três resultados esperados, o máximo que o método permite. Remova um para adicionar outro."
        }
        MembersMethod => {
            "Selecione as pessoas que vão participar, atribua um papel a cada uma e decida se a chamada é pública ou restrita a um grupo específico. Toda comunidade precisa de um líder e de um moderador."
        }
        MembersHeading => "Membros",
        NoMembers => "Ainda não há membros.",
        AddMemberHeading => "Adicionar um membro",
        FieldMemberName => "Nome do membro",
        FieldRole => "Papel",
        RoleOf => "Papel de",
        ThisIsMe => "Sou eu (neste dispositivo)",
        You => "(você)",
        AddMember => "Adicionar membro",
        RoleLeader => "Líder",
        RoleModerator => "Moderador",
        RoleFacilitator => "Facilitador",
        RoleParticipant => "Participante",
        CallLegend => "Chamada de membros",
        CallPublic => "Pública: qualquer pessoa pode responder",
        ApprovalModerated => "As inscrições precisam da aprovação de um líder ou moderador",
        ApprovalHint => "Sem aprovação, quem se inscreve entra na hora como participante.",
        CallRestricted => "Restrita a um grupo específico de pessoas",
        ResponsibilitiesHeading => "Papéis e responsabilidades",
        AudiencesMethod => {
            "Identifique os públicos-alvo: o grupo que a comunidade vai atender e os grupos que podem se beneficiar dela."
        }
        NoAudiences => "Ainda não há públicos-alvo.",
        AddAudienceHeading => "Adicionar um público-alvo",
        FieldAudience => "Público-alvo",
        AddAudience => "Adicionar público",
        ErrEmptyValue => "Preencha este campo primeiro.",
        ErrTooManyResults => "O método permite no máximo três resultados esperados.",
        ErrNotFound => "Esta entrada não existe mais: outro membro pode tê-la removido.",
        ErrNotAllowed => {
            "Só um líder pode fazer isso. Em Membros e papéis, adicione-se como líder e marque “Sou eu”."
        }
        ErrLeaderOrModeratorOnly => "Só um líder ou um moderador pode fazer isso.",
        ErrDesignIncomplete => {
            "O desenho não está completo: marque a confirmação para começar a fase II mesmo assim."
        }
        MemberNotFound => "Este membro não está na comunidade.",
        ProfileDetailsHeading => "Perfil",
        NoConfirmedRegistration => "Ainda não há inscrição confirmada.",
        ProfilePosts => "Intervenções em discussões",
        ProfileNotesHeading => "Notas dos moderadores sobre conhecimentos e interesses",
        NoProfileNotes => "Ainda não há notas dos moderadores.",
        // discussions: plan editing, sub-groups, summaries, notes, follow-ups
        DiscErrModerateOnly => {
            "Somente um líder, moderador ou facilitador pode fazer isso em uma discussão."
        }
        DiscNoDate => "Sem data",
        DiscScheduleHeading => "Etapas e datas",
        DiscSummaryBy => "Síntese parcial de",
        DiscDrawsOn => "Baseada em:",
        DiscFollowUpsHeading => "Ações de acompanhamento",
        DiscNoFollowUps => "Nenhuma ação de acompanhamento vinculada.",
        DiscSaveFollowUps => "Salvar ações de acompanhamento",
        DiscSaved => "Salvo.",
        DiscFollowUpsLegend => "Ações de acompanhamento do plano de ação",
        DiscNoActions => "O plano de ação ainda não tem ações.",
        DiscSummarySuggested => {
            "O debate está ficando longo: o método recomenda uma síntese parcial."
        }
        DiscPostsSinceSummary => "Mensagens desde a última síntese",
        DiscWriteSummary => "Escrever uma síntese parcial",
        DiscErrSummaryEmpty => "Escreva a síntese primeiro.",
        DiscSummaryHeading => "Síntese parcial",
        DiscFieldSummary => "Texto da síntese parcial",
        DiscSummaryPostsLegend => "Mensagens em que esta síntese se baseia",
        DiscPostSummary => "Publicar síntese parcial",
        DiscParticipantsHeading => "Conhecimentos e interesses dos participantes",
        DiscParticipantsHint => {
            "Registre o que cada membro sabe, sua experiência e seus interesses, para tê-los em conta. As notas também aparecem no perfil do membro."
        }
        DiscFieldNotes => "Conhecimentos, experiência e interesses",
        DiscProfileOf => "Perfil de",
        DiscNoParticipants => {
            "Ninguém participou ainda: os membros aparecem aqui quando publicam ou entram em um subgrupo."
        }
        DiscPlanHeading => "Plano da discussão",
        DiscSaveGuidelines => "Salvar diretrizes",
        DiscDatePlanned => "Data de planejamento",
        DiscDateOpen => "Data de abertura",
        DiscDateClosing => "Data de início do encerramento",
        DiscDateClosed => "Data de encerramento",
        DiscChangeStage => "Mudar etapa",
        DiscSubgroupsHeading => "Subgrupos",
        DiscNoSubgroups => "Ainda não há subgrupos.",
        DiscSubgroupMembers => "Membros do subgrupo",
        DiscEditSubgroup => "Subgrupo:",
        DiscSubgroupName => "Nome do subgrupo",
        DiscSaveSubgroup => "Salvar subgrupo",
        DiscRemoveSubgroup => "Remover subgrupo",
        DiscErrSubgroupName => "Dê um nome ao subgrupo.",
        DiscNewSubgroupHeading => "Novo subgrupo",
        DiscAddSubgroup => "Adicionar subgrupo",
        AsmtFinalHeading => "Avaliação final",
        AsmtPeriodicHeading => "Avaliações periódicas",
        AsmtNoFinal => "A avaliação final ainda não foi aberta.",
        AsmtNoPeriodic => "Ainda não há avaliações periódicas.",
        AsmtOpenedBy => "Aberta em {date} por {name}",
        AsmtOpenState => "Aberta: recebe respostas",
        AsmtClosedOn => "Encerrada em {date}",
        AsmtResponseRate => "{n} de {m} membros responderam ({rate} %)",
        AsmtManageHint => {
            "Os líderes e os moderadores abrem as avaliações e editam suas perguntas; todos os membros as respondem."
        }
        AsmtOpenHeading => "Abrir uma avaliação",
        AsmtOpenHint => {
            "Começa com as perguntas do método no idioma da comunidade; você pode alterá-las até que alguém responda. A avaliação final é aberta uma única vez, na Fase III."
        }
        AsmtNewTitle => "Título (opcional: um título padrão é usado)",
        AsmtOpenFinal => "Abrir a avaliação final",
        AsmtOpenPeriodic => "Abrir uma avaliação periódica",
        AsmtEditHeading => "Editar a avaliação",
        AsmtTitle => "Título da avaliação",
        AsmtQuestion => "Pergunta",
        AsmtAnswerScale => "Respondida de 1 a 5",
        AsmtAnswerText => "Respondida por escrito",
        AsmtUnknownType => "(este tipo de pergunta requer uma versão mais recente do aplicativo)",
        AsmtAnsweredBy => "respondida por {n}",
        AsmtMoveUp => "Mover para cima",
        AsmtMoveDown => "Mover para baixo",
        AsmtAddHeading => "Adicionar uma pergunta",
        AsmtAnswerType => "Como é respondida",
        AsmtCycle => "Ciclo de criação de valor (opcional)",
        AsmtNoCycle => "Nenhum",
        AsmtAddQuestion => "Adicionar a pergunta",
        AsmtCycleImmediate => "Valor imediato",
        AsmtCyclePotential => "Valor potencial",
        AsmtCycleApplied => "Valor aplicado",
        AsmtCycleRealized => "Valor realizado",
        AsmtCycleReframing => "Valor de redefinição",
        AsmtCloseHint => {
            "Ao encerrar a avaliação, as respostas param: os resultados se tornam definitivos e todos os membros podem lê-los."
        }
        AsmtClose => "Encerrar a avaliação",
        AsmtClosedNoAnswers => "Esta avaliação está encerrada: não recebe mais respostas.",
        AsmtYourAnswers => "Suas respostas",
        AsmtNotAnonymous => {
            "Suas respostas não são anônimas: o histórico da comunidade registra quem respondeu, e o líder e os moderadores leem as respostas escritas com o seu nome."
        }
        AsmtAnsweredOn => "Você respondeu em {date}. Enviar de novo substitui suas respostas.",
        AsmtSend => "Enviar minhas respostas",
        AsmtSaved => {
            "Suas respostas foram salvas neste dispositivo e são enviadas quando você estiver on-line."
        }
        AsmtAnswerSomething => "Responda primeiro a pelo menos uma pergunta.",
        AsmtScaleLow => "Nada",
        AsmtScale2 => "Pouco",
        AsmtScale3 => "Moderadamente",
        AsmtScale4 => "Bastante",
        AsmtScaleHigh => "Muito",
        AsmtResultsHeading => "Resultados",
        AsmtResultsWhenClosed => {
            "Os resultados são mostrados a todos os membros quando a avaliação é encerrada; até lá, só o líder e os moderadores os veem, para que as respostas já dadas não influenciem as que ainda virão."
        }
        AsmtResultsFinal => "A avaliação está encerrada: estes resultados são definitivos.",
        AsmtChartTitle => "{title}: resultados",
        AsmtChartDescription => {
            "Respostas a cada pergunta e a cada ciclo de criação de valor, de 1 (nada) a 5 (muito), com seu número, mediana e média."
        }
        AsmtChartCaption => {
            "Como as respostas se distribuíram de 1 (nada) a 5 (muito). As tabelas abaixo trazem os mesmos números."
        }
        AsmtByQuestion => "Por pergunta",
        AsmtByCycle => "Por ciclo de criação de valor",
        AsmtAnswersWord => "respostas",
        AsmtMedian => "Mediana",
        AsmtMean => "Média",
        AsmtNoAnswers => "Ainda não há respostas",
        AsmtAnswered => "Responderam",
        AsmtTableQuestions => "Respostas por pergunta, de 1 a 5",
        AsmtTableCycles => "Respostas por ciclo de criação de valor, de 1 a 5",
        AsmtCycleColumn => "Ciclo de criação de valor",
        AsmtOpenAnswers => "Respostas escritas",
        PremodLabel => {
            "As sínteses dos participantes precisam da aceitação de um moderador (pré-moderação)"
        }
        PremodHint => {
            "Ativada por padrão numa convocatória pública. Líderes, moderadores e facilitadores publicam as suas próprias sínteses na hora."
        }
        PropHeading => "Propor uma síntese",
        PropHintOn => {
            "A pré-moderação está ativada: um moderador lê a sua síntese antes de ela aparecer na conversa."
        }
        PropHintOff => "A sua síntese aparece na conversa na hora.",
        PropField => "Texto da sua síntese",
        PropSend => "Propor a síntese",
        PropPublished => "Publicada: a sua síntese está na conversa.",
        PropSent => "Enviada aos moderadores para aceitação.",
        PropListHeading => "Sínteses propostas",
        PropBy => "Síntese proposta por",
        PropStateLabel => "Estado",
        PropStateWaiting => "À espera da aceitação de um moderador",
        PropStateReturned => "Devolvida por {who} com este comentário: {what}",
        PropStateAccepted => "Aceite: está na conversa como síntese parcial",
        PropStateUnknown => "Desconhecido (escrito por uma versão mais recente do Praxis)",
        PropOf => "a síntese proposta por",
        PropOn => "sobre a síntese proposta por",
        PropAccept => "Aceitar",
        PropComment => "Comentário para o autor",
        PropReturn => "Devolver com um comentário",
        PropErrComment => "Escreva um comentário a dizer o que mudar.",
        PropRevised => "Síntese revista",
        PropResend => "Enviar novamente",
        PropErrDecided => "Um moderador já decidiu sobre esta proposta.",
        ReviewHeading => "Desde a sua última revisão",
        ReviewNothing => "Nada de novo desde a sua última revisão.",
        ReviewSummary => "{n} contribuições de {m} membros para rever.",
        ReviewMarkAll => "Marcar tudo como revisto",
        ReviewAddedPosts => "adicionou {n} mensagens a {what}",
        ReviewAdded => "adicionou {what}",
        ReviewChanged => "alterou {what}",
        ReviewRemoved => "removeu {what}",
        ReviewBefore => "Antes",
        ReviewAfter => "Depois",
        ReviewChose => "escolheu",
        ReviewCleared => "esvaziou-o",
        ReviewUnknownMember => "Alguém que não está na lista",
        ReviewUndo => "Desfazer esta contribuição",
        ReviewConflictsHeading => "Escolhido de forma diferente ao mesmo tempo",
        ReviewConflictHint => {
            "Nada é descartado até alguém escolher: o valor mostrado agora é provisório."
        }
        ReviewChooseValue => "Escolher",
        ReviewBy => "por",
        SectionDesign => "Desenho",
        SectionRoster => "Membros",
        SectionPlan => "Plano",
        SectionDiscussion => "Discussão «{what}»",
        SectionKnowledge => "Conhecimento",
        SectionModeration => "Moderação",
        SectionOther => "Outros",
        SubjectTitle => "o nome",
        SubjectProblem => "o problema",
        SubjectObjective => "o objetivo",
        SubjectObjectiveType => "o tipo de objetivo",
        SubjectDesign => "o desenho",
        SubjectResult => "o resultado esperado {n}",
        SubjectAudience => "um público-alvo",
        SubjectMember => "o membro {what}",
        SubjectCall => "a convocatória",
        SubjectRegistration => "uma inscrição",
        SubjectPhase => "a fase",
        SubjectTool => "uma ferramenta de gestão do conhecimento",
        SubjectMeeting => "a reunião introdutória",
        SubjectAction => "uma ação do plano",
        SubjectDiscussionPlan => "o plano da discussão",
        SubjectPost => "uma mensagem",
        SubjectRestatement => "a pergunta orientadora",
        SubjectSummary => "um resumo",
        SubjectParticipantNote => "notas sobre um participante",
        SubjectClosing => "o encerramento",
        SubjectProposal => "uma proposta",
        SubjectDecision => "um conflito, escolhendo um valor",
        SubjectOther => "algo que esta versão não conhece",
        PostHiddenFor => "Um moderador ocultou esta mensagem.",
        PostHiddenReason => "Ocultada por {who}: {what}",
        PostHide => "Ocultar",
        PostUnhide => "Voltar a mostrar",
        PostHideReason => "Motivo (o autor vê-o)",
        PostHideConfirm => "Ocultar a mensagem",
        PostHideNeedsReason => "Indique porque a mensagem é ocultada.",
        ReviewAddedPost => "adicionou uma mensagem a {what}",
        ReviewMarkOne => "Marcar como revisto",
        ReviewReviewedBy => "Revisto por {who}",
        ReviewReturn => "Devolver ao autor",
        ReviewReturnComment => "Comentário para o autor",
        ReviewReturnSend => "Devolver a mensagem",
        ReviewReturnNeedsComment => "Escreva um comentário para o autor.",
        PostReturnedNote => "Devolvida por {who}: {what}",
        PostEdit => "Editar",
        PostEditLabel => "Texto da mensagem",
        PostEditSave => "Guardar a mensagem",
        PostEditCancel => "Cancelar",
        ParticipationHeading => "Participação",
        ParticipationCaption => "Alterações que cada membro fez na comunidade, e as suas mensagens",
        ParticipationMember => "Membro",
        ParticipationChanges => "Alterações",
        ParticipationPosts => "Mensagens",
        ReviewShowPosts => "Mostrar as {n} mensagens",
        ReviewHidePosts => "Ocultar as mensagens",
        ErrMembersOnly => {
            "Só os membros da comunidade podem fazê-lo: inscreva-se para participar ou peça um convite a um líder."
        }
        PhaseThreeNav => "Páginas da fase III",
        PhaseThreeHeading => "Fase III: Conclusão",
        PhaseThreeIntro => {
            "Na última fase a comunidade avalia o que alcançou, registra seu conhecimento para o repositório institucional e comunica seus resultados. O líder a inicia quando o trabalho da fase II está concluído."
        }
        StartPhaseThree => "Iniciar a fase III: Conclusão",
        PageClose => "Encerrar a comunidade",
        CloseMethod => {
            "O método encerra uma comunidade após a sua avaliação final: conclusões, lições aprendidas e recomendações registradas, resultados comunicados. Depois de encerrada, a comunidade torna-se um registro somente leitura que o servidor arquiva para o repositório institucional."
        }
        ClosingChecklist => "Antes de encerrar",
        ClosingReady => "Tudo o que o método pede está pronto.",
        GapDiscussionsNotClosed => "{n} discussões ainda não foram encerradas",
        GapResultsUndecided => "{n} resultados esperados ainda não indicam se foram alcançados",
        CloseHeading => "Encerrar a comunidade",
        CloseExplained => {
            "O encerramento não pode ser desfeito: depois ninguém pode alterar a comunidade, e o servidor a guarda como registro arquivado. As alterações feitas off-line e enviadas depois são guardadas à parte para os moderadores, não se perdem."
        }
        ConfirmCloseIncomplete => "Encerrar mesmo assim: sei que faltam itens da lista",
        CloseCommunity => "Encerrar a comunidade",
        CloseLeaderOnly => "Somente um líder da comunidade pode encerrá-la.",
        CommunityClosedBy => {
            "{name} encerrou esta comunidade em {date}. Agora é um registro somente leitura."
        }
        OpenArchiveRecord => "Abrir o registro arquivado",
        ErrCommunityClosed => "A comunidade está encerrada: agora é um registro somente leitura.",
        ErrClosingIncomplete => "Faltam itens da lista: confirme que deseja encerrar mesmo assim.",
        ErrWrongPhase => "Esta etapa pertence a outra fase do método.",
        CommunityLanguage => "Idioma do registro da comunidade",
        CommunityLanguageUnset => "Não escolhido (inglês)",
        CommunityLanguageHint => {
            "As perguntas da avaliação, o kit de comunicação e o registro arquivado são escritos neste idioma. O líder o escolhe."
        }
        SectionConclusion => "Conclusão",
        SubjectAssessment => "uma avaliação",
        SubjectAssessmentQuestion => "uma pergunta de uma avaliação",
        SubjectAssessmentResponse => "suas respostas a uma avaliação",
        SubjectKnowledgeEntry => "uma entrada da base de conhecimento",
        SubjectClosure => "o encerramento da comunidade",
        GapNoFinalAssessment => {
            "A avaliação final não foi aberta (o encerramento precisa dela, com pelo menos uma resposta)"
        }
        GapFinalAssessmentUnanswered => {
            "Ninguém respondeu ainda à avaliação final (o encerramento precisa de pelo menos uma resposta)"
        }
        GapFinalAssessmentOpen => {
            "A avaliação final ainda recebe respostas: encerre-a para que os resultados sejam definitivos"
        }
        GapNoConclusion => "Nenhuma conclusão aceita na base de conhecimento",
        GapNoLesson => "Nenhuma lição aprendida aceita na base de conhecimento",
        GapNoRecommendation => "Nenhuma recomendação aceita na base de conhecimento",
        GapNoKnowledge => "Um tipo de conhecimento esperado não tem nenhuma entrada aceita",
        ErrFinalAssessmentMissing => {
            "O encerramento precisa da avaliação final, respondida por pelo menos um membro."
        }
        ErrFinalAssessmentExists => "A comunidade já tem uma avaliação final.",
        ErrAssessmentClosed => {
            "Esta avaliação está encerrada: não aceita mais respostas nem alterações."
        }
        ErrQuestionAnswered => {
            "Os membros já responderam a esta pergunta: adicione uma nova em vez de alterá-la."
        }
        ErrInvalidAnswer => {
            "Essa resposta não corresponde à pergunta (escolha de 1 a 5 ou escreva um texto)."
        }
        PageAssessment => "Avaliação",
        PageKnowledge => "Base de conhecimento",
        PageKit => "Kit de comunicação",
        AssessmentMethod => {
            "O método pede avaliações periódicas e uma final: uma pesquisa de satisfação simples com os membros, para avaliar o desempenho da comunidade em relação ao seu objetivo e resultados esperados. Dos seus resultados saem conclusões, lições aprendidas, revisões pós-ação e recomendações."
        }
        KnowledgeMethod => {
            "Organizar o que a comunidade produziu é sobretudo tarefa do moderador: transformar o conhecimento tácito em explícito, pronto para um repositório institucional. Qualquer membro propõe uma entrada, vinculada às discussões de onde veio; um moderador a aceita ou a devolve com um comentário."
        }
        KitMethod => {
            "Comunique os resultados aos membros e a cada público: uma nota na intranet, uma página para o público, mensagens curtas para redes sociais, uma apresentação, mensagens para redes temáticas, um seminário virtual e, se a contribuição for original, um artigo científico. Cada item é redigido com o conteúdo da comunidade, no seu idioma; edite-o antes de usar."
        }
        KbConclusion => "Conclusão",
        KbLessonLearned => "Lição aprendida",
        KbBestPractice => "Boa prática",
        KbPostActionReview => "Revisão pós-ação",
        KbRecommendation => "Recomendação",
        KbConclusions => "Conclusões",
        KbLessonsLearned => "Lições aprendidas",
        KbBestPractices => "Boas práticas",
        KbPostActionReviews => "Revisões pós-ação",
        KbRecommendations => "Recomendações",
        KbKind => "Tipo de conhecimento",
        KbTitle => "Título",
        KbText => "O que a comunidade aprendeu, em poucas frases",
        KbSources => "Discussões de onde surgiu",
        KbFrom => "Das discussões:",
        KbProposeHeading => "Propor conhecimento",
        KbPropose => "Propor a entrada",
        KbAdded => "Adicionada à base de conhecimento.",
        KbSent => "Enviada aos moderadores: aparece na base de conhecimento quando for aceita.",
        KbNone => "Nada ainda.",
        KitErrUrl => "Um endereço deve começar com https:// ou http:// e não ter espaços.",
        KitErrSeminar => "O seminário precisa de uma data, um horário (UTC) e um link.",
        KitErrDeck => "Não foi possível criar a apresentação.",
        KitIntranet => "Nota para a intranet",
        KitPublicPage => "Página web pública",
        KitNetwork => "Mensagem para redes temáticas",
        KitArticle => "Esboço de artigo científico (IMRD)",
        KitOptions => "Sobre a publicação",
        KitOptionsHint => {
            "Tudo o que segue é redigido com o conteúdo da comunidade, no seu idioma. Acrescente o que só você sabe; os textos se atualizam enquanto digita. Suas alterações nas caixas de texto ficam nesta página: baixe cada item quando estiver pronto."
        }
        KitPageUrl => "Endereço onde a página pública será publicada",
        KitEmail => "E-mail de contato",
        KitHashtags => "Hashtags para redes sociais (separadas por vírgulas)",
        KitSeminar => "Seminário virtual",
        KitSeminarDate => "Data",
        KitSeminarTime => "Horário de início (UTC)",
        KitSeminarMinutes => "Duração em minutos",
        KitSeminarLink => "Link para participar",
        KitDownload => "Baixar",
        KitSocial => "Mensagens curtas para redes sociais",
        KitSocialHint => "Cada uma cabe em 280 caracteres como o X os conta (um link conta 23).",
        KitSocialPost => "Mensagem {n}",
        KitSocialCount => "{n} de {limit} caracteres",
        KitDeck => "Apresentação de slides",
        KitDeckHint => {
            "Um arquivo .pptx que o PowerPoint e o LibreOffice abrem, feito com os resultados da comunidade."
        }
        KitDownloadDeck => "Baixar os slides (.pptx)",
        KitSeminarInvitation => "Convite para o seminário virtual",
        KitSeminarNeeded => {
            "Informe acima a data, o horário e o link do seminário para redigir o convite e o arquivo de calendário."
        }
        KitDownloadIcs => "Baixar o arquivo de calendário (.ics)",
        ArchiveHeading => "Arquivo de comunidades encerradas",
        ArchiveHint => {
            "As comunidades encerradas são guardadas como registros: é possível pesquisar suas conclusões, lições aprendidas e recomendações. A busca é uma página leve que funciona em conexões lentas."
        }
        ArchiveSearch => "Pesquisar no arquivo",
        LateHeading => "Enviado após o encerramento",
        LateCount => {
            "{n} alterações chegaram ao servidor depois que a comunidade foi arquivada. Estão guardadas à parte, fora do registro."
        }
        LateChangeBy => "{name}, recebido em {date}",
        KbPosts => "Mensagens em que se baseia",
        KbCites => "A partir das mensagens:",
        JoinDeclined => {
            "Os líderes da comunidade recusaram sua inscrição, por isso este link não pode admiti-lo. Peça a eles que o adicionem à lista de membros."
        }
        PostsShowEarlier => "Mostrar mensagens anteriores ({n} não exibidas)",
        PickerFilter => "Procurar mensagens por autor ou palavras",
        PickerShowing => "Mostrando {shown} de {total} mensagens",
        PickerNoMatch => "Nenhuma mensagem corresponde.",
        PostVersionsHeading => {
            "Esta mensagem foi editada em dois lugares ao mesmo tempo. As duas versões são mantidas até que o autor ou um moderador escolha uma:"
        }
        PostVersionKeep => "Manter esta versão",
        ErrInConflict => {
            "Isto foi alterado em dois lugares ao mesmo tempo: primeiro mantenha uma das versões."
        }
        ErrorPartMissing => {
            "Uma parte do Praxis não pôde ser baixada, então suas comunidades ainda não podem ser abertas. Verifique sua conexão: o Praxis continua tentando sozinho."
        }
        PageMissingHeading => "Esta página ainda não chegou",
        PageMissingHint => {
            "A parte do Praxis desta página não pôde ser baixada. Verifique sua conexão: a página aparece aqui assim que chegar, e nada do que você escreveu se perde."
        }
    }
}
