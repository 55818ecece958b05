<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Untitled</source>
        <extracomment>Columns that may hold element ids of the diagram, most telling first.</extracomment>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <extracomment>Highlights that belong to the other model&apos;s diagram (not drawn here). A sentence for the dock: why there is nothing, or what to know. Set when the analysis could not run (refused file, exception): shown in red. Per table, the columns whose values are ids on this diagram (else :data:`ID_COLUMNS`). Tables, or rows with ``side`` equal to this, that name the other model&apos;s elements. The sentences the results open with (see ``analysis.report.headlines``), in English, and as the core&apos;s data (code and parameters) for the dock to write in the user&apos;s words. {id: name} of the elements the tables name, the model&apos;s currency, and the words of the sides (&quot;competitor&quot;: ours/theirs, &quot;variant&quot;: current/what-if).</extracomment>
        <translation>Não é possível abrir {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} → current edits</source>
        <translation>{name} → edições atuais</translation>
    </message>
    <message>
        <source>No changes: both models are the same.</source>
        <translation>Nenhuma alteração: os dois modelos são iguais.</translation>
    </message>
    <message>
        <source>{ours} versus {theirs}</source>
        <translation>{ours} comparado a {theirs}</translation>
    </message>
    <message>
        <source>{variant} (what-if of {baseline})</source>
        <translation>{variant} (what-if de {baseline})</translation>
    </message>
    <message>
        <source>This model is the variant; the chosen file is its baseline.</source>
        <translation>Este modelo é a variante; o arquivo escolhido é o seu modelo base.</translation>
    </message>
    <message>
        <source>{name} does not say it is a variant of this model; steps are paired by id, else by key.</source>
        <translation>{name} não indica ser uma variante deste modelo; as etapas são pareadas pelo id ou, na falta dele, pela chave.</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>O arquivo escolhido</translation>
    </message>
</context>
<context>
    <name>AnalysisLabel</name>
    <message>
        <source>Customer time</source>
        <extracomment>Every KPI and column name of the display table, and a variant&apos;s own names.</extracomment>
        <translation>Tempo do cliente</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tempo de atravessamento</translation>
    </message>
    <message>
        <source>Lead time of a successful journey</source>
        <translation>Tempo de atravessamento de uma jornada bem-sucedida</translation>
    </message>
    <message>
        <source>Lead time (MC)</source>
        <translation>Tempo de atravessamento (MC)</translation>
    </message>
    <message>
        <source>Expected work of a successful journey (duration + wait done)</source>
        <translation>Trabalho esperado de uma jornada bem-sucedida (duração + espera cumprida)</translation>
    </message>
    <message>
        <source>Elapsed time of a successful journey (MC)</source>
        <translation>Tempo decorrido de uma jornada bem-sucedida (MC)</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Pontos de contato</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Inbound contacts</source>
        <translation>Contatos de entrada</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Repasses</translation>
    </message>
    <message>
        <source>Internal handoffs</source>
        <translation>Repasses internos</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction</source>
        <translation>Repasses pela linha de interação</translation>
    </message>
    <message>
        <source>Switches across the line of visibility</source>
        <translation>Cruzamentos da linha de visibilidade</translation>
    </message>
    <message>
        <source>Departments facing the customer</source>
        <translation>Departamentos voltados ao cliente</translation>
    </message>
    <message>
        <source>Departments met</source>
        <translation>Departamentos encontrados</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <source>Channel switches</source>
        <translation>Trocas de canal</translation>
    </message>
    <message>
        <source>Repeated data provisions</source>
        <translation>Fornecimentos repetidos de dados</translation>
    </message>
    <message>
        <source>Effort index (modelled)</source>
        <translation>Índice de esforço (modelado)</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Custo de atendimento</translation>
    </message>
    <message>
        <source>Expected failures</source>
        <translation>Falhas esperadas</translation>
    </message>
    <message>
        <source>Chance of at least one failure</source>
        <translation>Probabilidade de pelo menos uma falha</translation>
    </message>
    <message>
        <source>Chance of at least one failure (MC)</source>
        <translation>Probabilidade de pelo menos uma falha (MC)</translation>
    </message>
    <message>
        <source>Wait beyond tolerance</source>
        <translation>Espera além da tolerância</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <source>Control-flow complexity</source>
        <translation>Complexidade do fluxo de controle</translation>
    </message>
    <message>
        <source>Chance of each outcome</source>
        <translation>Probabilidade de cada resultado</translation>
    </message>
    <message>
        <source>Chance of success</source>
        <translation>Probabilidade de sucesso</translation>
    </message>
    <message>
        <source>Chance of a return</source>
        <translation>Probabilidade de devolução</translation>
    </message>
    <message>
        <source>Chance of abandoning</source>
        <translation>Probabilidade de desistência</translation>
    </message>
    <message>
        <source>Chance of failure as the outcome</source>
        <translation>Probabilidade de falha como resultado</translation>
    </message>
    <message>
        <source>Peak–end emotion (design)</source>
        <translation>Emoção pico-fim (projeto)</translation>
    </message>
    <message>
        <source>Peak–end emotion (MC)</source>
        <translation>Emoção pico-fim (MC)</translation>
    </message>
    <message>
        <source>Chance of a failure at a moment of truth</source>
        <translation>Probabilidade de falha num momento da verdade</translation>
    </message>
    <message>
        <source>Chance of meeting a wait point</source>
        <translation>Probabilidade de passar por um ponto de espera</translation>
    </message>
    <message>
        <source>Average expected emotion</source>
        <translation>Emoção esperada média</translation>
    </message>
    <message>
        <source>Failure-demand ratio</source>
        <translation>Razão de demanda de falha</translation>
    </message>
    <message>
        <source>First time right</source>
        <translation>Certo na primeira vez</translation>
    </message>
    <message>
        <source>Handoffs, company as one</source>
        <translation>Repasses, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Internal handoffs, company as one</source>
        <translation>Repasses internos, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction, company as one</source>
        <translation>Repasses pela linha de interação, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Transfers, company as one</source>
        <translation>Transferências, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Switches across the line of visibility, company as one</source>
        <translation>Cruzamentos da linha de visibilidade, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Departments facing the customer, company as one</source>
        <translation>Departamentos voltados ao cliente, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Departments met, company as one</source>
        <translation>Departamentos encontrados, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Effort index, company as one</source>
        <translation>Índice de esforço, empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Consolidation candidates</source>
        <translation>Candidatos à consolidação</translation>
    </message>
    <message>
        <source>C1 transfers per journey</source>
        <translation>C1 transferências por jornada</translation>
    </message>
    <message>
        <source>C2 phases with several departments</source>
        <translation>C2 fases com vários departamentos</translation>
    </message>
    <message>
        <source>C3 repeated data provisions</source>
        <translation>C3 fornecimentos repetidos de dados</translation>
    </message>
    <message>
        <source>C4 loops</source>
        <translation>C4 laços</translation>
    </message>
    <message>
        <source>C4 extra visits in loops</source>
        <translation>C4 visitas extras em laços</translation>
    </message>
    <message>
        <source>C5 non-value-adding customer time</source>
        <translation>C5 tempo do cliente que não agrega valor</translation>
    </message>
    <message>
        <source>C5 non-value-adding cost</source>
        <translation>C5 custo que não agrega valor</translation>
    </message>
    <message>
        <source>C5 non-value-adding share of customer time</source>
        <translation>C5 parcela do tempo do cliente que não agrega valor</translation>
    </message>
    <message>
        <source>C6 back-office merges</source>
        <translation>C6 fusões na retaguarda</translation>
    </message>
    <message>
        <source>C7 control-flow complexity</source>
        <translation>C7 complexidade do fluxo de controle</translation>
    </message>
    <message>
        <source>C7 decisions the customer makes</source>
        <translation>C7 decisões que o cliente toma</translation>
    </message>
    <message>
        <source>Candidates with nothing to address</source>
        <translation>Candidatos sem nada a tratar</translation>
    </message>
    <message>
        <source>Addressable customer time, each step once</source>
        <translation>Tempo do cliente tratável, cada etapa uma vez</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Pontos de falha</translation>
    </message>
    <message>
        <source>Wait points</source>
        <translation>Pontos de espera</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pontos de dor</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>System uses per journey</source>
        <translation>Usos de sistema por jornada</translation>
    </message>
    <message>
        <source>Journeys starting per minute</source>
        <translation>Jornadas iniciadas por minuto</translation>
    </message>
    <message>
        <source>Resource pools</source>
        <translation>Pools de recursos</translation>
    </message>
    <message>
        <source>Overloaded resource pools</source>
        <translation>Pools de recursos sobrecarregados</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removidos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterados</translation>
    </message>
    <message>
        <source>Changes the customer sees</source>
        <translation>Alterações que o cliente vê</translation>
    </message>
    <message>
        <source>Back-stage changes</source>
        <translation>Alterações nos bastidores</translation>
    </message>
    <message>
        <source>Steps paired by key</source>
        <translation>Etapas pareadas pela chave</translation>
    </message>
    <message>
        <source>Avoidable contacts</source>
        <translation>Contatos evitáveis</translation>
    </message>
    <message>
        <source>Failure-demand cost per journey</source>
        <translation>Custo da demanda de falha por jornada</translation>
    </message>
    <message>
        <source>Customer time lost to failure demand</source>
        <translation>Tempo do cliente perdido com demanda de falha</translation>
    </message>
    <message>
        <source>Contacts without a reason</source>
        <translation>Contatos sem motivo</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Jornadas por ano</translation>
    </message>
    <message>
        <source>Failure-demand contacts per year</source>
        <translation>Contatos de demanda de falha por ano</translation>
    </message>
    <message>
        <source>Failure-demand cost per year</source>
        <translation>Custo da demanda de falha por ano</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Branches tested</source>
        <translation>Caminhos testados</translation>
    </message>
    <message>
        <source>Web loops (pogo-sticking)</source>
        <translation>Laços na web (idas e vindas)</translation>
    </message>
    <message>
        <source>Step-matching similarity</source>
        <translation>Similaridade por correspondência de etapas</translation>
    </message>
    <message>
        <source>Graph edit distance</source>
        <translation>Distância de edição de grafos</translation>
    </message>
    <message>
        <source>Similarity by graph edit distance</source>
        <translation>Similaridade pela distância de edição de grafos</translation>
    </message>
    <message>
        <source>Matched steps</source>
        <translation>Etapas correspondentes</translation>
    </message>
    <message>
        <source>Steps only we have</source>
        <translation>Etapas que só nós temos</translation>
    </message>
    <message>
        <source>Steps only they have</source>
        <translation>Etapas que só eles têm</translation>
    </message>
    <message>
        <source>Net change per year</source>
        <translation>Variação líquida por ano</translation>
    </message>
    <message>
        <source>Net change per account and year</source>
        <translation>Variação líquida por conta por ano</translation>
    </message>
    <message>
        <source>Chance of a net benefit</source>
        <translation>Probabilidade de benefício líquido</translation>
    </message>
    <message>
        <source>Net change per year, pessimistic (5th percentile)</source>
        <translation>Variação líquida por ano, pessimista (percentil 5)</translation>
    </message>
    <message>
        <source>Net change per year, optimistic (95th percentile)</source>
        <translation>Variação líquida por ano, otimista (percentil 95)</translation>
    </message>
    <message>
        <source>Account executives</source>
        <translation>Executivos de contas</translation>
    </message>
    <message>
        <source>Change in contribution per journey</source>
        <translation>Variação da contribuição por jornada</translation>
    </message>
    <message>
        <source>Break-even margin per kept order</source>
        <translation>Margem de equilíbrio por pedido mantido</translation>
    </message>
    <message>
        <source>Break-even accounts per account executive</source>
        <translation>Contas por executivo de contas no ponto de equilíbrio</translation>
    </message>
    <message>
        <source>Churn reduction needed to break even</source>
        <translation>Redução da perda de contas necessária para o equilíbrio</translation>
    </message>
    <message>
        <source>Account-executive time per journey</source>
        <translation>Tempo do executivo de contas por jornada</translation>
    </message>
    <message>
        <source>Hours per account executive and year</source>
        <translation>Horas por executivo de contas por ano</translation>
    </message>
    <message>
        <source>Account-executive utilisation</source>
        <translation>Utilização dos executivos de contas</translation>
    </message>
    <message>
        <source>Measures better for the customer</source>
        <translation>Medidas melhores para o cliente</translation>
    </message>
    <message>
        <source>Measures worse for the customer</source>
        <translation>Medidas piores para o cliente</translation>
    </message>
    <message>
        <source>Contribution per journey</source>
        <translation>Contribuição por jornada</translation>
    </message>
    <message>
        <source>Contribution per year</source>
        <translation>Contribuição por ano</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Custo fixo por ano</translation>
    </message>
    <message>
        <source>Margin per journey</source>
        <translation>Margem por jornada</translation>
    </message>
    <message>
        <source>Net per year</source>
        <translation>Líquido por ano</translation>
    </message>
    <message>
        <source>Chance of keeping the order</source>
        <translation>Probabilidade de manter o pedido</translation>
    </message>
    <message>
        <source>Retention value per year</source>
        <translation>Valor de retenção por ano</translation>
    </message>
    <message>
        <source>Variable cost per journey</source>
        <translation>Custo variável por jornada</translation>
    </message>
    <message>
        <source>Variable cost per year</source>
        <translation>Custo variável por ano</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Margem por pedido mantido</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Contas por executivo de contas</translation>
    </message>
    <message>
        <source>Churn reduction</source>
        <translation>Redução da perda de contas</translation>
    </message>
    <message>
        <source>Cost of an account executive per year</source>
        <translation>Custo de um executivo de contas por ano</translation>
    </message>
    <message>
        <source>Journeys per account and year</source>
        <translation>Jornadas por conta por ano</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>Percentil 10</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>Percentil 95</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desvio padrão</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variância</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Steps the customer sees</source>
        <translation>Etapas que o cliente vê</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Usado em</translation>
    </message>
    <message>
        <source>Customer notices at</source>
        <translation>O cliente percebe em</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Etapa de origem</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Etapa de destino</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causado por</translation>
    </message>
    <message>
        <source>Contacts it causes</source>
        <translation>Contatos que causa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Branch to</source>
        <translation>Caminho para</translation>
    </message>
    <message>
        <source>Other branch</source>
        <translation>Outro caminho</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Current element</source>
        <translation>Elemento atual</translation>
    </message>
    <message>
        <source>Changed element</source>
        <translation>Elemento alterado</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Raia</translation>
    </message>
    <message>
        <source>From lane</source>
        <translation>Raia de origem</translation>
    </message>
    <message>
        <source>To lane</source>
        <translation>Raia de destino</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Raia responsável</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Visits per journey</source>
        <translation>Visitas por jornada</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esforço</translation>
    </message>
    <message>
        <source>Share of customer time</source>
        <translation>Parcela do tempo do cliente</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Parcela do custo</translation>
    </message>
    <message>
        <source>Share of effort</source>
        <translation>Parcela do esforço</translation>
    </message>
    <message>
        <source>Departments shown</source>
        <translation>Departamentos exibidos</translation>
    </message>
    <message>
        <source>Company as one</source>
        <translation>Empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Transfers per journey</source>
        <translation>Transferências por jornada</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item de dados</translation>
    </message>
    <message>
        <source>Provisions per journey</source>
        <translation>Fornecimentos por jornada</translation>
    </message>
    <message>
        <source>Chance of being asked</source>
        <translation>Probabilidade de ser solicitado</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Laço</translation>
    </message>
    <message>
        <source>Extra visits</source>
        <translation>Visitas extras</translation>
    </message>
    <message>
        <source>On the web only</source>
        <translation>Só na web</translation>
    </message>
    <message>
        <source>Steps in the cycle</source>
        <translation>Etapas no ciclo</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>O cliente vê</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Probabilidade de falha</translation>
    </message>
    <message>
        <source>Failures per journey</source>
        <translation>Falhas por jornada</translation>
    </message>
    <message>
        <source>Failures per 1,000 journeys</source>
        <translation>Falhas por 1.000 jornadas</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>EI</source>
        <translation>EI</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento da verdade</translation>
    </message>
    <message>
        <source>Steps until noticed</source>
        <translation>Etapas até ser percebido</translation>
    </message>
    <message>
        <source>Recovery modelled</source>
        <translation>Recuperação modelada</translation>
    </message>
    <message>
        <source>Unrated scores</source>
        <translation>Notas não atribuídas</translation>
    </message>
    <message>
        <source>Rank by EI</source>
        <translation>Classificação por EI</translation>
    </message>
    <message>
        <source>Rank by RPN</source>
        <translation>Classificação por RPN</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Faixa</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per visit</source>
        <translation>Espera além da tolerância por visita</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per journey</source>
        <translation>Espera além da tolerância por jornada</translation>
    </message>
    <message>
        <source>Chance of meeting it</source>
        <translation>Probabilidade de passar por ele</translation>
    </message>
    <message>
        <source>Chance of waiting beyond tolerance</source>
        <translation>Probabilidade de esperar além da tolerância</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoção</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Emoção na falha</translation>
    </message>
    <message>
        <source>Expected emotion</source>
        <translation>Emoção esperada</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Ponto de dor</translation>
    </message>
    <message>
        <source>Felt emotion, 10th percentile (MC)</source>
        <translation>Emoção sentida, percentil 10 (MC)</translation>
    </message>
    <message>
        <source>Felt emotion, 90th percentile (MC)</source>
        <translation>Emoção sentida, percentil 90 (MC)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posição</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Ponto de falha</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Ponto de espera</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Probabilidade de falha por uso</translation>
    </message>
    <message>
        <source>Uses per journey</source>
        <translation>Usos por jornada</translation>
    </message>
    <message>
        <source>Uses the customer sees</source>
        <translation>Usos que o cliente vê</translation>
    </message>
    <message>
        <source>Chance of the journey using it</source>
        <translation>Probabilidade de a jornada usá-lo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parcela</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Parcela acumulada</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation>Evitável</translation>
    </message>
    <message>
        <source>Customer starts it</source>
        <translation>Iniciado pelo cliente</translation>
    </message>
    <message>
        <source>Contacts per year</source>
        <translation>Contatos por ano</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Custo por ano</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Change per unit of probability</source>
        <translation>Variação por unidade de probabilidade</translation>
    </message>
    <message>
        <source>Change per percentage point</source>
        <translation>Variação por ponto percentual</translation>
    </message>
    <message>
        <source>Change per percentage point and year</source>
        <translation>Variação por ponto percentual por ano</translation>
    </message>
    <message>
        <source>Check by finite difference</source>
        <translation>Verificação por diferença finita</translation>
    </message>
    <message>
        <source>Near a loop that never ends</source>
        <translation>Perto de um laço sem fim</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Leave per journey</source>
        <translation>Saídas por jornada</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Nosso</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deles</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Variante what-if</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variação</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Variação em %</translation>
    </message>
    <message>
        <source>Visits before</source>
        <translation>Visitas antes</translation>
    </message>
    <message>
        <source>Visits after</source>
        <translation>Visitas depois</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Melhor</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Maior é melhor</translation>
    </message>
    <message>
        <source>Steps with the attribute set</source>
        <translation>Etapas com o atributo definido</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Chave da atividade</translation>
    </message>
    <message>
        <source>Match weight</source>
        <translation>Peso da correspondência</translation>
    </message>
    <message>
        <source>Change in customer time</source>
        <translation>Variação do tempo do cliente</translation>
    </message>
    <message>
        <source>Change in effort</source>
        <translation>Variação do esforço</translation>
    </message>
    <message>
        <source>Change in failure probability</source>
        <translation>Variação da probabilidade de falha</translation>
    </message>
    <message>
        <source>Change in emotion</source>
        <translation>Variação na emoção</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>Para o cliente</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parâmetro</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>Break-even value</source>
        <translation>Valor de equilíbrio</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Net change per year at low</source>
        <translation>Variação líquida por ano no mínimo</translation>
    </message>
    <message>
        <source>Net change per year at high</source>
        <translation>Variação líquida por ano no máximo</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>Minutes per journey</source>
        <translation>Minutos por jornada</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Horas por ano</translation>
    </message>
    <message>
        <source>Hours per executive</source>
        <translation>Horas por executivo</translation>
    </message>
    <message>
        <source>Capacity per executive</source>
        <translation>Capacidade por executivo</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilização</translation>
    </message>
    <message>
        <source>Verdict or change</source>
        <translation>Veredito ou mudança</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>Contatos atuais</translation>
    </message>
    <message>
        <source>Contacts in the what-if</source>
        <translation>Contatos na variante</translation>
    </message>
    <message>
        <source>Visits now</source>
        <translation>Visitas atuais</translation>
    </message>
    <message>
        <source>Visits after the change</source>
        <translation>Visitas após a mudança</translation>
    </message>
    <message>
        <source>The customer sees it</source>
        <translation>O cliente vê</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Espera na fila</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estável</translation>
    </message>
    <message>
        <source>Arrivals per minute</source>
        <translation>Chegadas por minuto</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Pool de recursos</translation>
    </message>
    <message>
        <source>Steps only in the current journey</source>
        <translation>Etapas só na jornada atual</translation>
    </message>
    <message>
        <source>Steps only in the what-if</source>
        <translation>Etapas só na variante</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>The tables&apos; and the analyses&apos; titles and the words of codes (those not already a name above).</extracomment>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Departments or company</source>
        <translation>Departamentos ou empresa</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>C1 transfers</source>
        <translation>C1 transferências</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>C3 repeated data</source>
        <translation>C3 dados repetidos</translation>
    </message>
    <message>
        <source>C4 cycles</source>
        <translation>C4 ciclos</translation>
    </message>
    <message>
        <source>C5 non-value-adding</source>
        <translation>C5 sem valor agregado</translation>
    </message>
    <message>
        <source>C6 merges</source>
        <translation>C6 fusões</translation>
    </message>
    <message>
        <source>Where failures surface</source>
        <translation>Onde as falhas aparecem</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Curva de emoção</translation>
    </message>
    <message>
        <source>System footprint</source>
        <translation>Presença dos sistemas</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Painel de indicadores</translation>
    </message>
    <message>
        <source>Change list</source>
        <translation>Lista de mudanças</translation>
    </message>
    <message>
        <source>Changes in short</source>
        <translation>Mudanças em resumo</translation>
    </message>
    <message>
        <source>Touchpoints before and after</source>
        <translation>Pontos de contato antes e depois</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>Contatos por motivo</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Causas raiz</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Sensibilidades</translation>
    </message>
    <message>
        <source>What-if steps</source>
        <translation>Etapas da variante</translation>
    </message>
    <message>
        <source>Where journeys leave</source>
        <translation>Onde as jornadas se perdem</translation>
    </message>
    <message>
        <source>Web loops</source>
        <translation>Laços na web</translation>
    </message>
    <message>
        <source>Ours only</source>
        <translation>Apenas nossas etapas</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>Apenas etapas deles</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Semelhança</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Economia</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Ponto de equilíbrio</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>Gráfico de tornado</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabalho</translation>
    </message>
    <message>
        <source>Customer verdict</source>
        <translation>Veredito do cliente</translation>
    </message>
    <message>
        <source>Lanes the customer meets</source>
        <translation>Raias com que o cliente interage</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Em resumo</translation>
    </message>
    <message>
        <source>Where to streamline</source>
        <translation>Onde simplificar</translation>
    </message>
    <message>
        <source>Fail points and poor experience</source>
        <translation>Pontos de falha e experiência ruim</translation>
    </message>
    <message>
        <source>Compare with a competitor</source>
        <translation>Comparar com um concorrente</translation>
    </message>
    <message>
        <source>Systems seen from the customer&apos;s side</source>
        <translation>Sistemas vistos pelo lado do cliente</translation>
    </message>
    <message>
        <source>What a system change does</source>
        <translation>O que uma mudança de sistema provoca</translation>
    </message>
    <message>
        <source>What-if: compare with a variant</source>
        <translation>What-if: comparar com uma variante</translation>
    </message>
    <message>
        <source>What drives repeat contacts</source>
        <translation>O que gera contatos repetidos</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>URA</translation>
    </message>
    <message>
        <source>None (no channel)</source>
        <translation>Nenhum (sem canal)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How a name is put together with a side, a unit or a count of inputs.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attribute set, %1</source>
        <translation>Atributo definido, %1</translation>
    </message>
    <message>
        <source>%1: how far its inputs are set</source>
        <translation>%1: quanto das entradas está definido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnalysisLegend</name>
    <message>
        <source>severity of the failure for the customer, 1 (none) to 10 (hazardous)</source>
        <extracomment>What each abbreviation of a header or cell means.</extracomment>
        <translation>gravidade da falha para o cliente, de 1 (nenhuma) a 10 (perigosa)</translation>
    </message>
    <message>
        <source>occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)</source>
        <translation>ocorrência: com que frequência falha, de 1 (menos de 0,1 em 1.000 jornadas) a 10 (100 ou mais)</translation>
    </message>
    <message>
        <source>detection: 1 = the failure is caught before the customer notices, 10 = never</source>
        <translation>detecção: 1 = a falha é detectada antes que o cliente perceba, 10 = nunca</translation>
    </message>
    <message>
        <source>risk priority number S × O × D, 1 to 1,000</source>
        <translation>número de prioridade de risco S × O × D, de 1 a 1.000</translation>
    </message>
    <message>
        <source>expected impact: failures per journey × severity (ranks the fail points)</source>
        <translation>impacto esperado: falhas por jornada × gravidade (ordena os pontos de falha)</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>Cadeia de transferências</translation>
    </message>
    <message>
        <source>Several departments in one phase</source>
        <translation>Vários departamentos em uma fase</translation>
    </message>
    <message>
        <source>Repeated data capture</source>
        <translation>Captura de dados repetida</translation>
    </message>
    <message>
        <source>Loop or rework</source>
        <translation>Laço ou retrabalho</translation>
    </message>
    <message>
        <source>Non-value-adding steps</source>
        <translation>Etapas sem valor agregado</translation>
    </message>
    <message>
        <source>Back-office merge</source>
        <translation>Fusão de retaguarda</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexidade</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>com valor agregado</translation>
    </message>
    <message>
        <source>business-value-adding</source>
        <translation>com valor agregado ao negócio</translation>
    </message>
    <message>
        <source>non-value-adding</source>
        <translation>sem valor agregado</translation>
    </message>
    <message>
        <source>Monte Carlo estimate (simulated journeys)</source>
        <translation>estimativa de Monte Carlo (jornadas simuladas)</translation>
    </message>
    <message>
        <source>failure-demand ratio: avoidable inbound contacts / all inbound contacts</source>
        <translation>razão de demanda de falha: contatos de entrada evitáveis / todos os contatos de entrada</translation>
    </message>
    <message>
        <source>graph edit distance between the two journeys</source>
        <translation>distância de edição de grafos entre as duas jornadas</translation>
    </message>
    <message>
        <source>account executive</source>
        <translation>executivo de contas</translation>
    </message>
    <message>
        <source>automated answering system (interactive voice response)</source>
        <translation>sistema de atendimento automático (unidade de resposta audível)</translation>
    </message>
    <message>
        <source>expected failures per journey</source>
        <translation>falhas esperadas por jornada</translation>
    </message>
</context>
<context>
    <name>AnalysisMenu</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Arquivos BPMN 2.0 (*.bpmn *.xml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <extracomment>(key, menu text, shortcut, status tip); None is a separator. Texts are translated when shown.</extracomment>
        <translation>&amp;Painel de indicadores</translation>
    </message>
    <message>
        <source>The journey&apos;s customer-side KPIs and its issues</source>
        <translation>Os KPIs da jornada do lado do cliente e seus problemas</translation>
    </message>
    <message>
        <source>Where to S&amp;treamline</source>
        <translation>Onde &amp;simplificar</translation>
    </message>
    <message>
        <source>Handoffs, transfers, loops, repeated data and steps that add no value</source>
        <translation>Repasses, transferências, laços, dados repetidos e etapas que não agregam valor</translation>
    </message>
    <message>
        <source>&amp;Fail Points and Poor Experience</source>
        <translation>Pontos de &amp;falha e experiência ruim</translation>
    </message>
    <message>
        <source>Where failure and waiting hurt the customer, ranked by expected impact</source>
        <translation>Onde falhas e esperas prejudicam o cliente, ordenados pelo impacto esperado</translation>
    </message>
    <message>
        <source>&amp;Compare with a Competitor…</source>
        <translation>&amp;Comparar com um concorrente…</translation>
    </message>
    <message>
        <source>Our journey against a competitor&apos;s model, step by step and phase by phase</source>
        <translation>Nossa jornada comparada ao modelo de um concorrente, etapa por etapa e fase por fase</translation>
    </message>
    <message>
        <source>What Does a S&amp;ystem Change Do?</source>
        <translation>O que faz uma &amp;mudança de sistema?</translation>
    </message>
    <message>
        <source>The current edits against the model as last opened or saved</source>
        <translation>As edições atuais comparadas ao modelo como foi aberto ou salvo pela última vez</translation>
    </message>
    <message>
        <source>…with &amp;Another File…</source>
        <translation>…com &amp;outro arquivo…</translation>
    </message>
    <message>
        <source>This model against a changed version of it in another file</source>
        <translation>Este modelo comparado a uma versão alterada dele em outro arquivo</translation>
    </message>
    <message>
        <source>&amp;What-If: Compare with a Variant…</source>
        <translation>&amp;What-if: comparar com uma variante…</translation>
    </message>
    <message>
        <source>Customer effect and annual economics of a variant (e.g. account executives)</source>
        <translation>Efeito no cliente e economia anual de uma variante (p. ex., executivos de contas)</translation>
    </message>
    <message>
        <source>What Drives &amp;Repeat Contacts</source>
        <translation>O que gera contatos &amp;repetidos</translation>
    </message>
    <message>
        <source>Failure demand: avoidable contacts, their reasons and root causes</source>
        <translation>Demanda de falha: contatos evitáveis, seus motivos e causas raiz</translation>
    </message>
    <message>
        <source>What &amp;If…</source>
        <translation>S&amp;imulação what-if…</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes and see the scorecard change; the model is not changed</source>
        <translation>Experimente outros valores para etapas, fluxos e raias e veja o painel de indicadores mudar; o modelo não é alterado</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportar relatório…</translation>
    </message>
    <message>
        <source>Every analysis of this model as an HTML page or as CSV files, as the command line writes them</source>
        <translation>Todas as análises deste modelo como página HTML ou arquivos CSV, como a linha de comando os grava</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>&amp;Limpar destaques</translation>
    </message>
    <message>
        <source>Remove the analysis highlights</source>
        <translation>Remover os destaques da análise</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <extracomment>The model as last opened or saved (What Does a System Change Do? compares the edits with it), kept without a copy (see ``model.copies``). The document&apos;s copies: a run copies only what changed since the copy before (see ``model.copies``; a whole copy of 100,000 steps took 0.6-0.9 s). Copies made for the job about to run, their lookups still to make (see :meth:`_run`). Counts the model&apos;s change events; an outcome remembers the revision it ran on. Elements whose marks follow them once the edit under way has ended.</extracomment>
        <translation>Mostrar r&amp;esultados</translation>
    </message>
    <message>
        <source>Compare with a Competitor</source>
        <translation>Comparar com um concorrente</translation>
    </message>
    <message>
        <source>last saved version</source>
        <translation>última versão salva</translation>
    </message>
    <message>
        <source>What Does a System Change Do? Changed Version</source>
        <translation>O que faz uma mudança de sistema? Versão alterada</translation>
    </message>
    <message>
        <source>What-If: Compare with a Variant</source>
        <translation>What-if: comparar com uma variante</translation>
    </message>
    <message>
        <source>Highlights cleared</source>
        <translation>Destaques removidos</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>Executando {title}…</translation>
    </message>
    <message>
        <source>{title}: %n element(s) highlighted</source>
        <translation>{title} — elementos destacados: %n</translation>
    </message>
</context>
<context>
    <name>AnalysisRule</name>
    <message>
        <source>transfer chain</source>
        <extracomment>The streamlining rules C1–C7 in words.</extracomment>
        <translation>cadeia de transferências</translation>
    </message>
    <message>
        <source>several departments in one phase</source>
        <translation>vários departamentos em uma fase</translation>
    </message>
    <message>
        <source>repeated data capture</source>
        <translation>captura de dados repetida</translation>
    </message>
    <message>
        <source>loop or rework</source>
        <translation>laço ou retrabalho</translation>
    </message>
    <message>
        <source>non-value-adding steps</source>
        <translation>etapas sem valor agregado</translation>
    </message>
    <message>
        <source>back-office merge</source>
        <translation>fusão de retaguarda</translation>
    </message>
    <message>
        <source>complexity</source>
        <translation>complexidade</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Headline parameters that hold a whole sentence part rendered by the core (&quot;, 12 h a year&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>A análise falhou: {error}</translation>
    </message>
</context>
<context>
    <name>AnalysisSide</name>
    <message>
        <source>ours</source>
        <extracomment>The words of the sides: ours/theirs for a competitor, current/what-if for a variant.</extracomment>
        <translation>nós</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>concorrente</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>variante</translation>
    </message>
</context>
<context>
    <name>AnalysisValue</name>
    <message>
        <source>n/a</source>
        <extracomment>Kinds of value the display table gives a unit. Kinds of string value that are words of the display table (not the modeller&apos;s data). Names a cell lists before it counts the rest: a candidate or a phase of a large journey lists thousands of steps, unreadable in a cell (the row&apos;s menu selects them all), and naming them all to size a table&apos;s columns held the window 0.4 s at 100,000 steps. The fixed words of a value.</extracomment>
        <translation>n/d</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
</context>
<context>
    <name>Arrange</name>
    <message>
        <source>Align Left</source>
        <extracomment>Menu key → (menu text, undo verb, how many steps it needs).</extracomment>
        <translation>Alinhar à esquerda</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>Centralizar</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Alinhar à direita</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>Alinhar ao topo</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>Alinhar ao meio</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>Alinhar à base</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Distribuir horizontalmente</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Distribuir verticalmente</translation>
    </message>
    <message>
        <source>Tidy Up</source>
        <translation>Organizar</translation>
    </message>
    <message>
        <source>Align %n step(s) left</source>
        <translation>Alinhar etapas à esquerda: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) centre</source>
        <translation>Centralizar etapas: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) right</source>
        <translation>Alinhar etapas à direita: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) top</source>
        <translation>Alinhar etapas ao topo: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) middle</source>
        <translation>Alinhar etapas ao meio: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) bottom</source>
        <translation>Alinhar etapas à base: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) horizontally</source>
        <translation>Distribuir etapas horizontalmente: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) vertically</source>
        <translation>Distribuir etapas verticalmente: %n</translation>
    </message>
    <message>
        <source>Tidy %n step(s)</source>
        <translation>Organizar etapas: %n</translation>
    </message>
    <message>
        <source>Select at least %n steps to arrange.</source>
        <translation>Selecione pelo menos %n etapas para organizar.</translation>
    </message>
    <message>
        <source>The steps are already arranged.</source>
        <translation>As etapas já estão organizadas.</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <source>Branch probability</source>
        <extracomment>Every field name of the attribute tables, as the model writes it.</extracomment>
        <translation>Probabilidade do caminho</translation>
    </message>
    <message>
        <source>Failure branch</source>
        <translation>Caminho de falha</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detecção</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Custo fixo por ano</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>O cliente vê</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Duration distribution</source>
        <translation>Distribuição da duração</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Tempo do cliente</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esforço</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoção</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Probabilidade de falha</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Emoção na falha</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento da verdade</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Itens de dados</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Motivo do contato</translation>
    </message>
    <message>
        <source>Avoidable (failure demand)</source>
        <translation>Evitável (demanda de falha)</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Causado por</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Chave da atividade</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
    <message>
        <source>Start share</source>
        <translation>Parcela de inícios</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Custo por hora</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Jornadas por ano</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Taxa de chegada</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Journeys per account per year</source>
        <translation>Jornadas por conta por ano</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Contas por executivo de contas</translation>
    </message>
    <message>
        <source>Cost per account executive per year</source>
        <translation>Custo por executivo de contas por ano</translation>
    </message>
    <message>
        <source>Working hours per account executive per year</source>
        <translation>Horas de trabalho por executivo de contas por ano</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, baseline</source>
        <translation>Parcela de contas perdidas por ano, cenário base</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, this variant</source>
        <translation>Parcela de contas perdidas por ano, esta variante</translation>
    </message>
    <message>
        <source>Margin per account per year</source>
        <translation>Margem por conta por ano</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Raia responsável</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Probabilidade de falha por uso</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Margem por pedido mantido</translation>
    </message>
    <message>
        <source>Volume</source>
        <extracomment>The group and column titles of Model ▸ Scenario.</extracomment>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Accounts and account executives</source>
        <translation>Contas e executivos de contas</translation>
    </message>
    <message>
        <source>Retention (all three or none)</source>
        <translation>Retenção (os três ou nenhum)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Mais provável</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Máximo</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>No recovery copy could be made: {reason}</source>
        <extracomment>Steps and flows from which a copy&apos;s pages are worth asking back from the allocator (its walk of the whole heap takes longer than a small copy is worth).</extracomment>
        <translation>Não foi possível criar uma cópia de recuperação: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>A cópia de recuperação falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>↻ +{visits_n} visits</source>
        <extracomment>Writes one headline parameter (its name says its kind) as the user reads it. Each badge the highlights draw, by the core&apos;s code. A template without words (a symbol, a number, a name) is not listed for translation; its numbers are still written the locale&apos;s way.</extracomment>
        <translation>↻ +{visits_n} visitas</translation>
    </message>
    <message>
        <source>repeat data: {items}</source>
        <translation>dados repetidos: {items}</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>{share_pct} of customer time</source>
        <translation>{share_pct} do tempo do cliente</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>repasse</translation>
    </message>
    <message>
        <source>→ {contacts_n} contacts/journey</source>
        <translation>→ {contacts_n} contatos/jornada</translation>
    </message>
    <message>
        <source>{traversals_n}/journey</source>
        <translation>{traversals_n}/jornada</translation>
    </message>
    <message>
        <source>only ours</source>
        <translation>só nosso</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>ideia</translation>
    </message>
    <message>
        <source>▼ vs {theirs}</source>
        <translation>▼ vs. {theirs}</translation>
    </message>
    <message>
        <source>▲ vs {theirs}</source>
        <translation>▲ vs. {theirs}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
    <message>
        <source>changed: {changed_attributes}</source>
        <translation>alterado: {changed_attributes}</translation>
    </message>
    <message>
        <source>{contacts_n} contacts</source>
        <translation>{contacts_n} contatos</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instável</translation>
    </message>
    <message>
        <source>removed: {name}</source>
        <extracomment>A step a change analysis removed, drawn as a ghost where it was.</extracomment>
        <translation>removido: {name}</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>web</source>
        <extracomment>Every value of a choice field and every lane role, as shown in lists.</extracomment>
        <translation>web</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefone</translation>
    </message>
    <message>
        <source>ivr</source>
        <translation>URA</translation>
    </message>
    <message>
        <source>store</source>
        <translation>loja</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>correio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>research</source>
        <translation>pesquisar</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>avaliar</translation>
    </message>
    <message>
        <source>order</source>
        <translation>pedir</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>revisar</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>receber</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolver</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <source>BVA</source>
        <translation>BVA</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>desistência</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>falha</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>parceiro</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold steps of this editor.</source>
        <extracomment>The clipboard format of our own (other programs get a picture beside it). Room kept between a pasted step and the top or bottom of its lane. Fields of a step that name another step: kept when that step is pasted too (renamed), or when the target model has it; otherwise cleared.</extracomment>
        <translation>A área de transferência não contém etapas deste editor.</translation>
    </message>
    <message>
        <source>The copied steps are incomplete.</source>
        <translation>As etapas copiadas estão incompletas.</translation>
    </message>
    <message>
        <source>A copied step cannot be read.</source>
        <translation>Uma etapa copiada não pode ser lida.</translation>
    </message>
    <message>
        <source>A copied flow cannot be read.</source>
        <translation>Um fluxo copiado não pode ser lido.</translation>
    </message>
    <message>
        <source>Copied %n step(s)</source>
        <extracomment>How far a paste or duplicate lands from the originals, per repeat, in diagram units. White space around the picture of copied steps, and its largest side (diagram units). Where the mouse is over the diagram&apos;s viewport (None: elsewhere).</extracomment>
        <translation>Etapas copiadas: %n</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>A área de transferência não contém etapas para colar.</translation>
    </message>
    <message>
        <source>Select the steps to copy first.</source>
        <translation>Selecione primeiro as etapas a copiar.</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriedades</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Mudar &amp;tipo</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>&amp;Conectar a partir daqui</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>&amp;Renomear raia</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>&amp;Excluir raia</translation>
    </message>
    <message>
        <source>Set as &amp;Customer Lane</source>
        <translation>Definir como raia do &amp;cliente</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Definir &amp;papel</translation>
    </message>
    <message>
        <source>&amp;Add Step Here</source>
        <translation>&amp;Adicionar etapa aqui</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>The customer lane was found by its name (a word for customer).</source>
        <extracomment>Code -&gt; the core&apos;s sentence for it (reader warnings, then analysis issues).</extracomment>
        <translation>A raia do cliente foi encontrada pelo nome (uma palavra para cliente).</translation>
    </message>
    <message>
        <source>A pool named for the customer is shown as the customer lane; its message flows count as flows.</source>
        <translation>Um pool com o nome do cliente é mostrado como raia do cliente; seus fluxos de mensagem contam como fluxos.</translation>
    </message>
    <message>
        <source>No lane or pool was recognised as the customer; mark one in the editor.</source>
        <translation>Nenhuma raia ou pool foi reconhecido como o cliente; marque um no editor.</translation>
    </message>
    <message>
        <source>The customer lane is not the top lane; the editor offers to move it.</source>
        <translation>A raia do cliente não é a primeira raia; o editor se oferece para movê-la.</translation>
    </message>
    <message>
        <source>Several lanes are marked or named as the customer; only the first counts.</source>
        <translation>Várias raias estão marcadas ou nomeadas como o cliente; só a primeira conta.</translation>
    </message>
    <message>
        <source>An element had no id; it was given one.</source>
        <translation>Um elemento não tinha id; ele recebeu um.</translation>
    </message>
    <message>
        <source>Two elements share an id; the later one was given a new id.</source>
        <translation>Dois elementos têm o mesmo id; o último recebeu um novo id.</translation>
    </message>
    <message>
        <source>A reference points at an element that does not exist; it was ignored.</source>
        <translation>Uma referência aponta para um elemento que não existe; ela foi ignorada.</translation>
    </message>
    <message>
        <source>Diagram information points at an element that does not exist; it was ignored.</source>
        <translation>Informações do diagrama apontam para um elemento que não existe; foram ignoradas.</translation>
    </message>
    <message>
        <source>A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored.</source>
        <translation>Uma forma tem limites ausentes, não numéricos, infinitos, negativos ou enormes; ela foi ignorada.</translation>
    </message>
    <message>
        <source>An edge has a waypoint that is not a finite number; the edge&apos;s route was ignored.</source>
        <translation>Uma aresta tem um ponto de passagem que não é um número finito; o traçado da aresta foi ignorado.</translation>
    </message>
    <message>
        <source>Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn.</source>
        <translation>Há etapas sem posição no diagrama: um arquivo sem diagrama é disposto automaticamente; etapas ausentes de um diagrama desenhado são mantidas, mas não desenhadas.</translation>
    </message>
    <message>
        <source>A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored.</source>
        <translation>Um atributo cpm: tem um valor que esta versão não sabe usar; ele é mantido sem alteração, mas ignorado.</translation>
    </message>
    <message>
        <source>The file has nested lanes (lanes inside lanes); they are kept as sub-lanes.</source>
        <translation>O arquivo tem raias aninhadas (raias dentro de raias); elas são mantidas como sub-raias.</translation>
    </message>
    <message>
        <source>A step is in no lane although its process has lanes.</source>
        <translation>Uma etapa não está em nenhuma raia, embora seu processo tenha raias.</translation>
    </message>
    <message>
        <source>A step is referenced by several sibling lanes; the first one counts.</source>
        <translation>Uma etapa é referenciada por várias raias irmãs; a primeira conta.</translation>
    </message>
    <message>
        <source>A sequence flow has no source or target; it is kept in the file but not shown.</source>
        <translation>Um fluxo de sequência não tem origem ou destino; ele é mantido no arquivo, mas não é mostrado.</translation>
    </message>
    <message>
        <source>The file has several diagrams; the one with the most shapes is shown and the others are kept.</source>
        <translation>O arquivo tem vários diagramas; o que tem mais formas é mostrado e os outros são mantidos.</translation>
    </message>
    <message>
        <source>Lanes or pools are drawn vertically; they are shown as drawn.</source>
        <translation>Raias ou pools estão desenhados na vertical; são mostrados como desenhados.</translation>
    </message>
    <message>
        <source>Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which.</source>
        <translation>As formas das raias não continham as etapas que o arquivo lista nelas (algumas ferramentas gravam etapas com um deslocamento, ou raias verticais com a borda esquerda errada); as etapas foram movidas para suas raias, ou as raias redesenhadas como colunas ou linhas do seu pool em volta das etapas; a mensagem diz qual.</translation>
    </message>
    <message>
        <source>The file uses a newer Customer Process Modeler format; unknown attributes are kept.</source>
        <translation>O arquivo usa um formato mais novo do Customer Process Modeler; atributos desconhecidos são mantidos.</translation>
    </message>
    <message>
        <source>A lane lists a step of another pool&apos;s process; the step stays in its own pool and the reference is kept in the file.</source>
        <translation>Uma raia lista uma etapa do processo de outro pool; a etapa fica no seu próprio pool e a referência é mantida no arquivo.</translation>
    </message>
    <message>
        <source>A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event.</source>
        <translation>Um evento de borda não está anexado a nenhuma atividade (a referência falta ou não aponta para nada); ele é mostrado como evento livre.</translation>
    </message>
    <message>
        <source>The file contains no process and no diagram; it opens as an empty model.</source>
        <translation>O arquivo não contém processo nem diagrama; ele abre como um modelo vazio.</translation>
    </message>
    <message>
        <source>A flow&apos;s diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.</source>
        <translation>A aresta de diagrama de um fluxo tem menos de dois pontos de passagem; o fluxo é desenhado reto entre suas pontas.</translation>
    </message>
    <message>
        <source>Text looks garbled by a wrong encoding (such as &apos;PrÃ¼fung&apos; for &apos;Prüfung&apos;); it is shown and saved unchanged.</source>
        <translation>O texto parece corrompido por uma codificação errada (como &apos;PrÃ¼fung&apos; em vez de &apos;Prüfung&apos;); ele é mostrado e salvo sem alteração.</translation>
    </message>
    <message>
        <source>The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired.</source>
        <translation>O arquivo tinha um pequeno deslize de XML que outras ferramentas BPMN aceitam (um prefixo usual não declarado, uma declaração XML fora do lugar ou espremida); a mensagem diz o que foi reparado.</translation>
    </message>
    <message>
        <source>no start event and no step without incoming flows</source>
        <translation>nenhum evento de início e nenhuma etapa sem fluxos de entrada</translation>
    </message>
    <message>
        <source>no end event and no reachable step without outgoing flows</source>
        <translation>nenhum evento de fim e nenhuma etapa alcançável sem fluxos de saída</translation>
    </message>
    <message>
        <source>no lane has the role customer</source>
        <translation>nenhuma raia tem o papel de cliente</translation>
    </message>
    <message>
        <source>steps the journey can reach but never leave</source>
        <translation>etapas que a jornada alcança, mas nunca deixa</translation>
    </message>
    <message>
        <source>the expected visits cannot be solved (I - W is singular)</source>
        <translation>as visitas esperadas não podem ser calculadas (I - W é singular)</translation>
    </message>
    <message>
        <source>a probability below 0 or above 1</source>
        <translation>uma probabilidade abaixo de 0 ou acima de 1</translation>
    </message>
    <message>
        <source>a resource pool is offered more work than it can serve</source>
        <translation>um pool de recursos recebe mais trabalho do que consegue atender</translation>
    </message>
    <message>
        <source>an analysis input outside its accepted range, or unreadable</source>
        <translation>uma entrada da análise fora da faixa aceita, ou ilegível</translation>
    </message>
    <message>
        <source>no start event: steps without incoming flows start the journey</source>
        <translation>nenhum evento de início: etapas sem fluxos de entrada iniciam a jornada</translation>
    </message>
    <message>
        <source>a reachable step without outgoing flows ends the journey</source>
        <translation>uma etapa alcançável sem fluxos de saída encerra a jornada</translation>
    </message>
    <message>
        <source>steps no start reaches; left out of the analysis</source>
        <translation>etapas que nenhum início alcança; deixadas fora da análise</translation>
    </message>
    <message>
        <source>branch probabilities filled in from the remainder</source>
        <translation>probabilidades dos caminhos preenchidas com o restante</translation>
    </message>
    <message>
        <source>a branch filled with probability 0</source>
        <translation>um caminho preenchido com probabilidade 0</translation>
    </message>
    <message>
        <source>branch probabilities do not sum to 1 and were normalised</source>
        <translation>as probabilidades dos caminhos não somam 1 e foram normalizadas</translation>
    </message>
    <message>
        <source>a parallel branch carries a probability other than 1 (ignored)</source>
        <translation>um caminho paralelo tem probabilidade diferente de 1 (ignorada)</translation>
    </message>
    <message>
        <source>a step with several unlabelled outgoing flows runs them in parallel</source>
        <translation>uma etapa com vários fluxos de saída sem rótulo os executa em paralelo</translation>
    </message>
    <message>
        <source>an inclusive join without a matching inclusive split</source>
        <translation>uma junção inclusiva sem a divisão inclusiva correspondente</translation>
    </message>
    <message>
        <source>parallel branches: time and failure figures are approximations</source>
        <translation>caminhos paralelos: os números de tempo e falha são aproximações</translation>
    </message>
    <message>
        <source>a step names a system the model does not define</source>
        <translation>uma etapa cita um sistema que o modelo não define</translation>
    </message>
    <message>
        <source>a step fails on every execution</source>
        <translation>uma etapa falha em toda execução</translation>
    </message>
    <message>
        <source>failure data on a gateway or event is ignored</source>
        <translation>dados de falha num gateway ou evento são ignorados</translation>
    </message>
    <message>
        <source>a failing step followed by a failure flow counts twice</source>
        <translation>uma etapa que falha seguida de um fluxo de falha conta duas vezes</translation>
    </message>
    <message>
        <source>Monte Carlo runs exceeded the step limit and were left out</source>
        <translation>execuções de Monte Carlo excederam o limite de etapas e foram deixadas de fora</translation>
    </message>
    <message>
        <source>Monte Carlo was not run: a typical journey is too long to simulate</source>
        <translation>Monte Carlo não foi executado: uma jornada típica é longa demais para simular</translation>
    </message>
    <message>
        <source>Monte Carlo ran fewer journeys than asked, to stay responsive</source>
        <translation>Monte Carlo executou menos jornadas do que o pedido, para continuar responsivo</translation>
    </message>
    <message>
        <source>more than 100 contacts per journey: check the loop probabilities</source>
        <translation>mais de 100 contatos por jornada: verifique as probabilidades dos laços</translation>
    </message>
    <message>
        <source>a loop repeats with probability 0.99 or more (100 rounds or more)</source>
        <translation>um laço se repete com probabilidade 0,99 ou mais (100 voltas ou mais)</translation>
    </message>
    <message>
        <source>the two models use different time units or currencies</source>
        <translation>os dois modelos usam unidades de tempo ou moedas diferentes</translation>
    </message>
    <message>
        <source>a cost is counted both per step and in the scenario</source>
        <translation>um custo é contado por etapa e também no cenário</translation>
    </message>
    <message>
        <source>a task without a known lane; it is counted in a lane of its own</source>
        <translation>uma tarefa sem raia conhecida; ela é contada numa raia própria</translation>
    </message>
    <message>
        <source>a contact the company starts is marked avoidable; it is left out of the failure-demand ratio</source>
        <translation>um contato iniciado pela empresa está marcado como evitável; ele fica fora da razão de demanda de falha</translation>
    </message>
    <message>
        <source>contacts change by more than 10 per unit of a branch probability: the loop is near-unstable</source>
        <translation>os contatos mudam mais de 10 por unidade de probabilidade de um caminho: o laço está quase instável</translation>
    </message>
    <message>
        <source>no sensitivity for a branch whose alternative leads into a trap or is never taken</source>
        <translation>sem sensibilidade para um caminho cuja alternativa leva a uma armadilha ou nunca é tomada</translation>
    </message>
    <message>
        <source>a step served by a resource pool takes no time</source>
        <translation>uma etapa atendida por um pool de recursos não leva tempo</translation>
    </message>
    <message>
        <source>no arrival rate: queueing skipped, the modelled waits are used</source>
        <translation>sem taxa de chegada: filas não calculadas, as esperas modeladas são usadas</translation>
    </message>
    <message>
        <source>the wait-dependent abandonment iteration did not settle</source>
        <translation>a iteração de desistência dependente da espera não convergiu</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>durations set on steps that take the customer&apos;s time: %1 of %2</source>
        <extracomment>The core&apos;s coverage words ({} the counts) -&gt; the same words with Qt&apos;s %1 and %2.</extracomment>
        <translation>durações definidas em etapas que consomem o tempo do cliente: %1 de %2</translation>
    </message>
    <message>
        <source>durations set on steps: %1 of %2</source>
        <translation>durações definidas em etapas: %1 de %2</translation>
    </message>
    <message>
        <source>costs set on steps: %1 of %2</source>
        <translation>custos definidos em etapas: %1 de %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2</source>
        <translation>probabilidades de falha definidas em etapas: %1 de %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2 (and failure flows)</source>
        <translation>probabilidades de falha definidas em etapas: %1 de %2 (e fluxos de falha)</translation>
    </message>
    <message>
        <source>tolerances set on steps: %1 of %2</source>
        <translation>tolerâncias definidas em etapas: %1 de %2</translation>
    </message>
    <message>
        <source>margins set on ends: %1 of %2</source>
        <translation>margens definidas em eventos de fim: %1 de %2</translation>
    </message>
    <message>
        <source>emotions set on steps the customer sees: %1 of %2</source>
        <translation>emoções definidas em etapas que o cliente vê: %1 de %2</translation>
    </message>
    <message>
        <source>no customer lane or pool: the customer&apos;s side is n/a</source>
        <translation>sem raia ou pool do cliente: o lado do cliente é n/d</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>unnamed lane</source>
        <translation>raia sem nome</translation>
    </message>
    <message>
        <source>unnamed pool</source>
        <translation>pool sem nome</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This model has no lane or pool that could be the customer.</source>
        <translation>Este modelo não tem raia nem pool que possa ser o cliente.</translation>
    </message>
    <message>
        <source>{candidate} is now the customer</source>
        <translation>{candidate} agora é o cliente</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>linha de visibilidade</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>What a horizontal header&apos;s text leaves free of its width (12 px left, 6 px right). Point sizes a role caption tries, largest first, before it is elided. Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
        <translation>voltado ao cliente</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a pool of its own in the file: shown as the customer lane, written back as a pool.</source>
        <translation>&apos;{name}&apos; é um pool próprio no arquivo: mostrado como raia do cliente, gravado de volta como pool.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos os departamentos</translation>
    </message>
    <message>
        <source>Company as one entity: every lane that is not the customer&apos;s, merged in the view only (View ▸ Company as One Entity).</source>
        <translation>Empresa como uma só entidade: todas as raias que não são do cliente, unidas apenas na visualização (Exibir ▸ Empresa como uma só entidade).</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Width of the header band at the left of every lane. Width of a pool&apos;s name band. Distance within which a press on a lane&apos;s bottom edge resizes it. Radius of a step&apos;s connection handle. Size of a bend-point handle. (body fill, header fill, header accent) per lane role. The canvas behind the lanes and a pool&apos;s body. Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened so they keep their contrast against the dark fills.</extracomment>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Partner · external</source>
        <translation>Parceiro · externo</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>{name} foi alterado por outro programa desde que você o abriu ou salvou.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now and discards your unsaved changes. Overwrite replaces the other program&apos;s changes with yours. Save As keeps both.</source>
        <translation>Recarregar mostra o arquivo como está agora e descarta suas alterações não salvas. Sobrescrever substitui as alterações do outro programa pelas suas. Salvar como mantém ambos.</translation>
    </message>
    <message>
        <source>Cancel keeps editing; you will be asked again when you save.</source>
        <translation>Cancelar continua a edição; você será perguntado de novo ao salvar.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescrever</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Salvar como…</translation>
    </message>
</context>
<context>
    <name>EditRefused</name>
    <message>
        <source>&apos;{name}&apos; comes from another tool and is read-only.</source>
        <translation>&apos;{name}&apos; vem de outra ferramenta e é somente leitura.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must stay inside a lane.</source>
        <translation>&apos;{name}&apos; precisa ficar dentro de uma raia.</translation>
    </message>
    <message>
        <source>There are no steps to paste.</source>
        <translation>Não há etapas para colar.</translation>
    </message>
    <message>
        <source>Select steps, flows or lanes to delete.</source>
        <translation>Selecione etapas, fluxos ou raias para excluir.</translation>
    </message>
    <message>
        <source>No editable element {id}.</source>
        <translation>Nenhum elemento editável {id}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a {kind}.</source>
        <translation>&apos;{name}&apos; já é do tipo {kind}.</translation>
    </message>
    <message>
        <source>Lanes drawn vertically by another tool are shown as drawn; they cannot be reordered here.</source>
        <translation>Raias desenhadas na vertical por outra ferramenta são mostradas como desenhadas; não podem ser reordenadas aqui.</translation>
    </message>
    <message>
        <source>The customer lane stays on top.</source>
        <translation>A raia do cliente fica no topo.</translation>
    </message>
</context>
<context>
    <name>ElementKind</name>
    <message>
        <source>Task</source>
        <extracomment>The BPMN element kinds as a person names them.</extracomment>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Tarefa de usuário</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Tarefa de serviço</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Tarefa manual</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Tarefa de envio</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Tarefa de recebimento</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Tarefa de script</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Tarefa de regra de negócio</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Subprocesso</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Subprocesso ad hoc</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transação</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Atividade de chamada</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Gateway exclusivo</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Gateway paralelo</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Gateway inclusivo</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Gateway baseado em eventos</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Gateway complexo</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Evento de início</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Evento de fim</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Evento intermediário de captura</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Evento intermediário de lançamento</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Evento de borda</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluxo</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Raia</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers per journey: {transitions_n}</source>
        <extracomment>The evidence of each streamlining candidate, by the core&apos;s code. A part without words (a lane&apos;s name and a number) is not listed for translation; its number is still the locale&apos;s.</extracomment>
        <translation>{from_step} ({from_lane}) transfere o cliente para {to_step} ({to_lane}); transferências por jornada: {transitions_n}</translation>
    </message>
    <message>
        <source>{departments_n} departments in the {phase} phase; contacts per journey: {department_parts}</source>
        <translation>{departments_n} departamentos na fase {phase}; contatos por jornada: {department_parts}</translation>
    </message>
    <message>
        <source>repeat provisions of &apos;{item}&apos; per journey: {provisions_n}</source>
        <translation>fornecimentos repetidos de &apos;{item}&apos; por jornada: {provisions_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}</source>
        <translation>etapas no laço: {steps_n}; visitas extras por jornada: {visits_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}; avoidable contacts: {contacts} (see failure demand)</source>
        <translation>etapas no laço: {steps_n}; visitas extras por jornada: {visits_n}; contatos evitáveis: {contacts} (veja a demanda de falha)</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n}</source>
        <translation>etapas sem valor agregado: {steps_n}; minutos do cliente: {minutes_n}</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n} ({share_pct} of customer time)</source>
        <translation>etapas sem valor agregado: {steps_n}; minutos do cliente: {minutes_n} ({share_pct} do tempo do cliente)</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>sem raia</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene. the largest side of a PNG, in pixels</extracomment>
        <translation>A escala precisa ser maior que 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels, more than {most} a side; choose a scale of at most {scale}.</source>
        <translation>A imagem teria {width}×{height} pixels, mais de {most} por lado; escolha uma escala de no máximo {scale}.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Não é possível gravar {path}.</translation>
    </message>
    <message>
        <source>Cannot paint on the page.</source>
        <translation>Não é possível desenhar na página.</translation>
    </message>
    <message>
        <source>Customer process</source>
        <translation>Processo do cliente</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s print support (the QtPrintSupport module of PySide6 and the system&apos;s CUPS library, libcups2 on Debian and Ubuntu).</source>
        <extracomment>Why File ▸ Print is greyed out when Qt&apos;s print support cannot load.</extracomment>
        <translation>A impressão precisa do suporte de impressão do Qt (o módulo QtPrintSupport do PySide6 e a biblioteca CUPS do sistema, libcups2 no Debian e no Ubuntu).</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>{name} exportado</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Não é possível imprimir</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture at {scale} × ({width} × {height} pixels), the most a picture holds; the SVG copy is full size</source>
        <translation>Diagrama copiado como imagem em {scale} × ({width} × {height} pixels), o máximo que uma imagem comporta; a cópia SVG tem o tamanho completo</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture</source>
        <translation>Diagrama copiado como imagem</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Visualizar impressão</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>The PNG scales the size field offers when the diagram allows them (dots per inch: × 96).
----------
Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
        <translation>Exportar como {format}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation>Pontos por polegada</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Branco</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>One page, fitted</source>
        <translation>Uma página, ajustada</translation>
    </message>
    <message>
        <source>Several pages, at full size</source>
        <translation>Várias páginas, em tamanho real</translation>
    </message>
    <message>
        <source>Include the analysis highlights</source>
        <translation>Incluir os destaques da análise</translation>
    </message>
    <message>
        <source>No analysis highlights are shown on the diagram.</source>
        <translation>Nenhum destaque de análise é mostrado no diagrama.</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>Tamanho em</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagem</translation>
    </message>
    <message>
        <source>A PNG is at most {most} pixels a side: this diagram fits at up to {scale} ×. For a sharper picture, export SVG, or PDF on several pages.</source>
        <translation>Um PNG tem no máximo {most} pixels por lado: este diagrama cabe em até {scale} ×. Para uma imagem mais nítida, exporte SVG, ou PDF em várias páginas.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
</context>
<context>
    <name>FieldDefault</name>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>What applies when the field is empty (&quot;not set&quot;).</extracomment>
        <translation>derivado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outra</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixa</translation>
    </message>
    <message>
        <source>not plotted</source>
        <translation>não plotada</translation>
    </message>
    <message>
        <source>5, unrated</source>
        <translation>5, sem nota</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>inferido</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>associado pelo nome</translation>
    </message>
    <message>
        <source>even</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>success</source>
        <translation>sucesso</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>divisão igual</translation>
    </message>
</context>
<context>
    <name>FieldRange</name>
    <message>
        <source>a whole number, {low} to {high}</source>
        <translation>um número inteiro, de {low} a {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>a whole number, at least {low}</source>
        <translation>um número inteiro, no mínimo {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>no mínimo {low}</translation>
    </message>
    <message>
        <source>a whole number, at most {high}</source>
        <translation>um número inteiro, no máximo {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>no máximo {high}</translation>
    </message>
    <message>
        <source>a whole number in {unit}</source>
        <translation>um número inteiro em {unit}</translation>
    </message>
    <message>
        <source>any number in {unit}</source>
        <translation>qualquer número em {unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>qualquer número</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} em {host} (desde {since})</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>um computador desconhecido</translation>
    </message>
    <message>
        <source>{name} was still locked by {holder}, who is no longer editing it; you hold the lock now.</source>
        <translation>{name} ainda estava bloqueado por {holder}, que não o está mais editando; agora o bloqueio é seu.</translation>
    </message>
    <message>
        <source>You took over the lock of {name} from {user} on {host}.</source>
        <translation>Você assumiu o bloqueio de {name} de {user} em {host}.</translation>
    </message>
    <message>
        <source>The lock of {name} could not be taken over.</source>
        <translation>Não foi possível assumir o bloqueio de {name}.</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Arquivo em uso</translation>
    </message>
    <message>
        <source>{name} is being edited by {holder}.</source>
        <translation>{name} está sendo editado por {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only to look at it (you can save a copy under another name), or take over editing if that person is done.</source>
        <translation>Abra-o somente para leitura para consultá-lo (você pode salvar uma cópia com outro nome), ou assuma a edição se essa pessoa já terminou.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Abrir somente leitura</translation>
    </message>
    <message>
        <source>Take Over Editing…</source>
        <translation>Assumir a edição…</translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation>Assumir a edição</translation>
    </message>
    <message>
        <source>If {user} saves {name} later, one of you loses changes. Take over anyway?</source>
        <translation>Se {user} salvar {name} mais tarde, um de vocês perde alterações. Assumir mesmo assim?</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>outro usuário</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Arquivos BPMN 2.0 (*.bpmn *.xml);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step by name, key or value</source>
        <translation>Encontrar uma etapa por nome, chave ou valor</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Resultado anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Próximo resultado (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Nenhum resultado</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} encontrados</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} de {count}</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; {success_pct} end in success.</source>
        <translation>{failure_pct} das jornadas têm pelo menos uma falha; {success_pct} terminam em sucesso.</translation>
    </message>
    <message>
        <source>No consolidation candidate addresses any customer time.</source>
        <translation>Nenhum candidato à consolidação atua sobre o tempo do cliente.</translation>
    </message>
    <message>
        <source>Routing right first time from {first} to {second} saves about {minutes_min} per customer{per_year}.</source>
        <translation>Encaminhar certo da primeira vez de {first} para {second} economiza cerca de {minutes_min} por cliente{per_year}.</translation>
    </message>
    <message>
        <source>One point of contact for the {phase} phase ({departments}) addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Um ponto de contato único para a fase {phase} ({departments}) atua sobre cerca de {minutes_min} por cliente{per_year}.</translation>
    </message>
    <message>
        <source>Asking for &apos;{item}&apos; once instead of at {steps_n} steps addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Pedir &apos;{item}&apos; uma só vez em vez de em {steps_n} etapas atua sobre cerca de {minutes_min} por cliente{per_year}.</translation>
    </message>
    <message>
        <source>Removing the cause of the rework loop through {first} addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Eliminar a causa do laço de retrabalho em {first} atua sobre cerca de {minutes_min} por cliente{per_year}.</translation>
    </message>
    <message>
        <source>, {hours_h} a year</source>
        <translation>, {hours_h} por ano</translation>
    </message>
    <message>
        <source>The riskiest point is {element}: {per_1000_n} in 1,000 journeys fail there{surfaces}.</source>
        <translation>O ponto mais arriscado é {element}: {per_1000_n} em 1.000 jornadas falham ali{surfaces}.</translation>
    </message>
    <message>
        <source>No step or branch can fail in this model.</source>
        <translation>Nenhuma etapa ou caminho pode falhar neste modelo.</translation>
    </message>
    <message>
        <source>, and the customer notices at {where}</source>
        <translation>, e o cliente percebe em {where}</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once).</source>
        <translation>Juntos, os candidatos ({count_n}) atuam sobre cerca de {total_min} dos {journey_min} do cliente por jornada (cada etapa contada uma vez).</translation>
    </message>
    <message>
        <source>A customer spends about {time_min} of their own time per journey (touchpoints: {touchpoints_n}, contacts with us: {contacts_n}).</source>
        <extracomment>Each sentence a result opens with, by the core&apos;s code; the {name} placeholders stay as they are.</extracomment>
        <translation>Um cliente gasta cerca de {time_min} do próprio tempo por jornada (pontos de contato: {touchpoints_n}, contatos conosco: {contacts_n}).</translation>
    </message>
    <message>
        <source>A customer&apos;s time per journey is not known (no step has a duration); touchpoints: {touchpoints_n}, contacts with us: {contacts_n}.</source>
        <translation>O tempo do cliente por jornada é desconhecido (nenhuma etapa tem duração); pontos de contato: {touchpoints_n}, contatos conosco: {contacts_n}.</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once), {total_h} a year.</source>
        <translation>Juntos, os candidatos ({count_n}) atuam sobre cerca de {total_min} dos {journey_min} do cliente por jornada (cada etapa contada uma vez), {total_h} por ano.</translation>
    </message>
    <message>
        <source>Removing or automating the non-value-adding steps ({steps_n}) saves about {minutes_min} per customer{per_year} ({share_pct} of customer time).</source>
        <translation>Eliminar ou automatizar as etapas sem valor agregado ({steps_n}) economiza cerca de {minutes_min} por cliente{per_year} ({share_pct} do tempo do cliente).</translation>
    </message>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; steps that are pain points: {pain_n}.</source>
        <translation>{failure_pct} das jornadas têm pelo menos uma falha; etapas que são pontos de dor: {pain_n}.</translation>
    </message>
    <message>
        <source>&apos;{system}&apos; fails the customer most: {per_1000_n} per 1,000 journeys; steps that use it: {users_n}.</source>
        <translation>&apos;{system}&apos; é o sistema que mais falha com o cliente: {per_1000_n} por 1.000 jornadas; etapas que o usam: {users_n}.</translation>
    </message>
    <message>
        <source>No system is used by the steps of this journey.</source>
        <translation>Nenhum sistema é usado pelas etapas desta jornada.</translation>
    </message>
    <message>
        <source>{fdr_pct} of the contacts customers start are failure demand, there only because we did not communicate well enough.</source>
        <translation>{fdr_pct} dos contatos iniciados pelos clientes são demanda de falha: só existem porque não nos comunicamos bem o suficiente.</translation>
    </message>
    <message>
        <source>The largest reason is &apos;{reason}&apos;: {share_pct} of contacts, {cost_money} per journey{annual}.</source>
        <translation>O maior motivo é &apos;{reason}&apos;: {share_pct} dos contatos, {cost_money} por jornada{annual}.</translation>
    </message>
    <message>
        <source>No contact in this journey has a reason, so failure demand cannot be told apart.</source>
        <translation>Nenhum contato desta jornada tem motivo, então não é possível distinguir a demanda de falha.</translation>
    </message>
    <message>
        <source>, {annual_money} a year</source>
        <translation>, {annual_money} por ano</translation>
    </message>
    <message>
        <source>The competitor takes {delta_min} {direction} of the customer&apos;s time than we do ({theirs_min} against our {ours_min} per journey).</source>
        <translation>O concorrente leva {delta_min} a {direction} do tempo do cliente do que nós ({theirs_min} contra nossos {ours_min} por jornada).</translation>
    </message>
    <message>
        <source>They do better on {theirs_n} of {count_n} measures, we on {ours_n}.</source>
        <translation>Eles se saem melhor em {theirs_n} de {count_n} indicadores; nós, em {ours_n}.</translation>
    </message>
    <message>
        <source>The what-if {direction} {net_money} a year ({benefit_pct} chance of a net benefit).</source>
        <translation>A variante {direction} {net_money} por ano ({benefit_pct} de chance de benefício líquido).</translation>
    </message>
    <message>
        <source>For the customer, measures that get better: {better_n}, worse: {worse_n}; customer time {direction} by {delta_min}.</source>
        <translation>Para o cliente, indicadores que melhoram: {better_n}; que pioram: {worse_n}; o tempo do cliente {direction} em {delta_min}.</translation>
    </message>
    <message>
        <source>Elements that change: {count_n} ({visible_n} the customer sees, {backstage_n} back-stage); flows re-wired: {rewired_n}.</source>
        <translation>Elementos que mudam: {count_n} ({visible_n} que o cliente vê, {backstage_n} nos bastidores); fluxos religados: {rewired_n}.</translation>
    </message>
    <message>
        <source>How often customers meet &apos;{name}&apos; per journey: {before_n} → {after_n}.</source>
        <translation>Quantas vezes os clientes encontram &apos;{name}&apos; por jornada: {before_n} → {after_n}.</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The words a headline puts in its {direction}.</extracomment>
        <translation>mais</translation>
    </message>
    <message>
        <source>less</source>
        <translation>menos</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>rende</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>custa</translation>
    </message>
    <message>
        <source>rises</source>
        <translation>aumenta</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>diminui</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <source>Save as What-if &amp;Variant…</source>
        <translation>Salvar como &amp;variante what-if…</translation>
    </message>
    <message>
        <source>Save a copy that keeps every id and records which model it varies</source>
        <translation>Salvar uma cópia que mantém todos os ids e registra de qual modelo é variante</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>Imagem &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>Desenho &amp;SVG…</translation>
    </message>
    <message>
        <source>A vector drawing for web pages and documents; each element is tagged with its id and kind</source>
        <translation>Um desenho vetorial para páginas web e documentos; cada elemento leva seu id e tipo</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>Documento P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;BPMN for Other Tools…</source>
        <translation>&amp;BPMN para outras ferramentas…</translation>
    </message>
    <message>
        <source>BPMN 2.0 without this editor&apos;s attributes, for strict tools</source>
        <translation>BPMN 2.0 sem os atributos deste editor, para ferramentas rigorosas</translation>
    </message>
    <message>
        <source>BPMN for Other Tools with BPSim &amp;Probabilities…</source>
        <translation>BPMN para outras ferramentas com &amp;probabilidades BPSim…</translation>
    </message>
    <message>
        <source>The same, with the branch probabilities as BPSim 2.0 parameters for simulators</source>
        <translation>O mesmo, com as probabilidades dos caminhos como parâmetros BPSim 2.0 para simuladores</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the document; the last window stays open</source>
        <translation>Fechar o documento; a última janela continua aberta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Copiar como &amp;imagem</translation>
    </message>
    <message>
        <source>The whole diagram on the clipboard, as a picture and as an SVG drawing</source>
        <translation>O diagrama inteiro na área de transferência, como imagem e como desenho SVG</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renomear</translation>
    </message>
    <message>
        <source>Repair Text &amp;Encoding</source>
        <translation>Reparar codificação do t&amp;exto</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próximo</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>Arra&amp;nge</source>
        <translation>Orga&amp;nizar</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Raias</translation>
    </message>
    <message>
        <source>&amp;Mark as Customer Lane</source>
        <translation>&amp;Marcar como raia do cliente</translation>
    </message>
    <message>
        <source>Move Customer Lane to &amp;Top</source>
        <translation>Mover raia do cliente para o &amp;topo</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Definir &amp;papel</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Mover para a esquerda</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Mover para a direita</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Cancel Gesture</source>
        <translation>Cancelar gesto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>Tamanho &amp;real (100 %)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Mostrar &amp;grade</translation>
    </message>
    <message>
        <source>&amp;Company as One Entity</source>
        <translation>&amp;Empresa como uma só entidade</translation>
    </message>
    <message>
        <source>Show every lane but the customer&apos;s as one Company band (view only)</source>
        <translation>Mostrar todas as raias, exceto a do cliente, como uma faixa Empresa (só na visualização)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Raia</translation>
    </message>
    <message>
        <source>&amp;System Lane</source>
        <translation>Raia de &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Click the step a flow starts at, then the step it goes to</source>
        <translation>Clique na etapa onde um fluxo começa e depois na etapa para onde ele vai</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atal&amp;hos de teclado</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Sobre</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <extracomment>Toolbar buttons that keep their words beside the icon (modes and less familiar commands).</extracomment>
        <translation>Adicionar raia</translation>
    </message>
    <message>
        <source>Company View</source>
        <translation>Visão da empresa</translation>
    </message>
    <message>
        <source>Turn names garbled by a wrong encoding (&apos;PrÃ¼fung&apos;) back into what they meant (&apos;Prüfung&apos;)</source>
        <translation>Devolver nomes corrompidos por uma codificação errada (&apos;PrÃ¼fung&apos;) ao que deveriam ser (&apos;Prüfung&apos;)</translation>
    </message>
    <message>
        <source>No garbled names to repair</source>
        <translation>Nenhum nome corrompido para reparar</translation>
    </message>
    <message>
        <source>Repaired the encoding of %n name(s)</source>
        <translation>Codificação reparada em nomes: %n</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Order journey (example)</source>
        <translation>Jornada do pedido (exemplo)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The smallest zoom of a first view at which names can still be read.</extracomment>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Document closed. Draw a new journey here, or open a file.</source>
        <translation>Documento fechado. Desenhe uma nova jornada aqui ou abra um arquivo.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} selecionados</translation>
    </message>
    <message>
        <source>Select the lane that is the customer.</source>
        <translation>Selecione a raia que é o cliente.</translation>
    </message>
    <message>
        <source>IT/Systems</source>
        <translation>TI/Sistemas</translation>
    </message>
    <message>
        <source>The company&apos;s lanes are merged in the view only; steps keep their lanes.</source>
        <translation>As raias da empresa estão unidas apenas na visualização; as etapas mantêm suas raias.</translation>
    </message>
    <message>
        <source>Customer journeys as BPMN 2.0 swimlanes, the customer lane on top.</source>
        <translation>Jornadas do cliente como raias BPMN 2.0, com a raia do cliente no topo.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Click or drag to move the diagram&apos;s view</source>
        <extracomment>More changed areas than this at once are redrawn as the one rectangle around them. A changed area wider or taller than this (scene units) is drawn after a quiet time of WIDE_REDRAW_DELAY milliseconds; smaller ones after LOCAL_REDRAW_DELAY. A task&apos;s width in diagram units: drawn smaller than a pixel, steps and flows are left out. Fitted whole, a diagram less high than this many pixels (its lanes a few pixels each) is shown as a strip that follows the canvas. A strip is at least this many times as wide as the canvas&apos;s view (the frame in it, half). Height in pixels of the bar that marks where a strip lies in the whole diagram.</extracomment>
        <translation>Clique ou arraste para mover a visualização do diagrama</translation>
    </message>
    <message>
        <source>Minimap</source>
        <extracomment>Whether the minimap shows a strip of a long diagram, following the canvas. Whether a drag in the minimap steers the canvas (a strip then stays put). The diagram as the minimap shows it; None: to be drawn whole at the next paint. Scene to picture pixels, as the picture was drawn (a strip&apos;s reaches beyond the view). Scene areas changed since the picture was drawn. Wide changed areas, drawn when the scene has been quiet for a moment. Small changed areas, drawn a moment after the gesture&apos;s frame. A zoom of the canvas rescales a strip when this fires, after the zoom&apos;s frame. A newly shown scene&apos;s picture waits for this, so the canvas is painted first.</extracomment>
        <translation>Minimapa</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimapa</translation>
    </message>
    <message>
        <source>The whole diagram, with the part on screen framed</source>
        <translation>O diagrama inteiro, com a parte visível na tela emoldurada</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>&amp;Add Record</source>
        <extracomment>Answers a yes/no question: (title, text) → True for yes. Tests replace it.</extracomment>
        <translation>&amp;Adicionar registro</translation>
    </message>
    <message>
        <source>&amp;Remove Record</source>
        <translation>&amp;Remover registro</translation>
    </message>
    <message>
        <source>Steps use this record</source>
        <translation>Etapas usam este registro</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>The code each row had when the dialog opened (None for an added row).</extracomment>
        <translation>Usado por</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}.</source>
        <translation>Linha {row}, {field}: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is taken out of {steps}.</source>
        <translation>&apos;{code}&apos; é retirado de {steps}.</translation>
    </message>
    <message>
        <source>Steps refer to these codes:</source>
        <translation>Etapas fazem referência a estes códigos:</translation>
    </message>
    <message>
        <source>Change the steps too? (No keeps this dialog open.)</source>
        <translation>Alterar as etapas também? (Não mantém esta janela aberta.)</translation>
    </message>
    <message>
        <source>Nothing changed yet: put the codes back, or press OK and answer Yes to change the steps too.</source>
        <translation>Nada foi alterado ainda: restaure os códigos ou pressione OK e responda Sim para alterar as etapas também.</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>&amp;Adicionar sistema</translation>
    </message>
    <message>
        <source>&amp;Remove system</source>
        <translation>&amp;Remover sistema</translation>
    </message>
    <message>
        <source>Steps use this system</source>
        <translation>Etapas usam este sistema</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>&amp;Adicionar recurso</translation>
    </message>
    <message>
        <source>&amp;Remove resource</source>
        <translation>&amp;Remover recurso</translation>
    </message>
    <message>
        <source>Steps use this resource</source>
        <translation>Etapas usam este recurso</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>nenhuma etapa</translation>
    </message>
    <message>
        <source>%n step(s)</source>
        <translation>Etapas: %n</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>&amp;Systems…</source>
        <extracomment>(key, menu text, status tip, what the undo step is called).</extracomment>
        <translation>&amp;Sistemas…</translation>
    </message>
    <message>
        <source>The IT systems steps rely on and how often one use fails</source>
        <translation>Os sistemas de TI dos quais as etapas dependem e com que frequência um uso falha</translation>
    </message>
    <message>
        <source>Edit systems</source>
        <translation>Editar sistemas</translation>
    </message>
    <message>
        <source>&amp;Resources…</source>
        <translation>&amp;Recursos…</translation>
    </message>
    <message>
        <source>Pools of agents that steps share, for the waiting times</source>
        <translation>Grupos de atendentes que as etapas compartilham, para os tempos de espera</translation>
    </message>
    <message>
        <source>Edit resources</source>
        <translation>Editar recursos</translation>
    </message>
    <message>
        <source>S&amp;cenario…</source>
        <translation>&amp;Cenário…</translation>
    </message>
    <message>
        <source>Journeys per year, arrival rate, accounts and other yearly values</source>
        <translation>Jornadas por ano, taxa de chegada, contas e outros valores anuais</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Editar cenário</translation>
    </message>
    <message>
        <source>{title} changed</source>
        <translation>{title} alterado</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nada foi alterado</translation>
    </message>
    <message>
        <source>C&amp;hoose the Customer…</source>
        <translation>&amp;Escolher o cliente…</translation>
    </message>
    <message>
        <source>Which lane or pool is the customer, whose side of the journey the analyses measure</source>
        <translation>Qual raia ou pool é o cliente, cujo lado da jornada as análises medem</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag into a lane, or click here and then in a lane: {kind}</source>
        <extracomment>An entry was clicked: arm it for click-to-place (the kind key).</extracomment>
        <translation>Arraste para uma raia, ou clique aqui e depois numa raia: {kind}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Changes other than the language apply at once.</source>
        <translation>As alterações, exceto o idioma, valem imediatamente.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Vale após reiniciar.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrama</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Mostrar a grade</translation>
    </message>
    <message>
        <source>Snap steps to the grid</source>
        <translation>Encaixar as etapas na grade</translation>
    </message>
    <message>
        <source>Line steps up with other steps while moving</source>
        <translation>Alinhar as etapas com outras etapas ao mover</translation>
    </message>
    <message>
        <source>Grid spacing (pixels at 100 %):</source>
        <translation>Espaçamento da grade (pixels a 100 %):</translation>
    </message>
    <message>
        <source>Saving and units</source>
        <translation>Salvamento e unidades</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>Salvar uma cópia de recuperação a cada:</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Como no arquivo</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Show durations in:</source>
        <translation>Mostrar durações em:</translation>
    </message>
    <message>
        <source>Display only: files keep their own units.</source>
        <translation>Apenas exibição: os arquivos mantêm suas próprias unidades.</translation>
    </message>
    <message>
        <source>Show amounts in CU as:</source>
        <translation>Mostrar valores em CU como:</translation>
    </message>
    <message>
        <source>Restart the editor to see it in the new language.</source>
        <translation>Reinicie o editor para vê-lo no novo idioma.</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Properties</source>
        <extracomment>Element forms kept aside (a task&apos;s, an event&apos;s, a flow&apos;s, a lane&apos;s, ...). The key of the page shown when nothing is selected, kept as the forms are.</extracomment>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The heading: the element&apos;s kind and name (never its id, which is the file&apos;s). The units the fields show (the document&apos;s own, or those of Preferences). What the form shown holds besides values (see :meth:`_form_of`); None: not kept. The last pages replaced by another (element forms, the &quot;nothing selected&quot; page), kept for the next alike selection. The selection the panel shows (the window tells it only of a different one).</extracomment>
        <translation>{count} elementos selecionados.</translation>
    </message>
    <message>
        <source>Select a step, flow or lane.</source>
        <translation>Selecione uma etapa, um fluxo ou uma raia.</translation>
    </message>
    <message>
        <source>From another tool: shown and kept as it is.</source>
        <translation>De outra ferramenta: mostrado e mantido como está.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Raia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>not set: {default}</source>
        <translation>não definido: {default}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Height must be a number.</source>
        <translation>A altura precisa ser um número.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot recover</source>
        <translation>Não é possível recuperar</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to {name}. Save to keep them.</source>
        <translation>As alterações não salvas de {name} foram recuperadas. Salve para mantê-las.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar trabalho não salvo</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} às {time}</translation>
    </message>
    <message>
        <source>The editor was closed before these changes were saved. Recover them now, or decide later.</source>
        <translation>O editor foi fechado antes de estas alterações serem salvas. Recupere-as agora ou decida depois.</translation>
    </message>
    <message>
        <source>{name} — changes from {when}</source>
        <translation>{name} — alterações de {when}</translation>
    </message>
    <message>
        <source>A new document that was never saved</source>
        <translation>Um documento novo que nunca foi salvo</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Decidir depois</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Relatório HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV tables, one file per table (folder)</source>
        <translation>Tabelas CSV, um arquivo por tabela (pasta)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar relatório</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>Não foi possível gravar o relatório: {reason}</translation>
    </message>
    <message>
        <source>%n CSV file(s) in {folder}</source>
        <translation>Arquivos CSV em {folder}: %n</translation>
    </message>
    <message>
        <source>Report exported: {what}</source>
        <translation>Relatório exportado: {what}</translation>
    </message>
    <message>
        <source>{title} report</source>
        <translation>Relatório: {title}</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Run an analysis from the Analysis menu: its figures appear here and its findings are highlighted on the diagram.</source>
        <extracomment>Height of the dock when a first result opens it (the diagram keeps the rest). Width of the key figures beside the tables. Rows a table&apos;s columns are sized to fit (besides those in view): measuring every row of the eight tables of a 10,000-step result held the window for a seventh of a second.</extracomment>
        <translation>Execute uma análise no menu Análise: os números dela aparecem aqui e as constatações são destacadas no diagrama.</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The highlight colours&apos; names in the dock&apos;s legend.</extracomment>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>Analysis Results</source>
        <extracomment>{KPI: the core&apos;s coverage words} of a key-figure table. Element ids of a clicked row. The user asked to run the shown analysis again.</extracomment>
        <translation>Resultados da análise</translation>
    </message>
    <message>
        <source>Run Again</source>
        <extracomment>Tables whose columns are not sized yet (until first shown), with their names.</extracomment>
        <translation>Executar novamente</translation>
    </message>
    <message>
        <source>Highlight colours on the diagram; a badge names the finding</source>
        <translation>Cores de destaque no diagrama; uma etiqueta indica a constatação</translation>
    </message>
    <message>
        <source>%1 — running…</source>
        <translation>%1 — executando…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Números-chave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issues (%n)</source>
        <translation>Problemas (%n)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;· stale:&lt;/b&gt; the model changed since this ran</source>
        <translation>&lt;b&gt;· desatualizado:&lt;/b&gt; o modelo mudou desde esta execução</translation>
    </message>
    <message>
        <source>Stopped by %1: %2</source>
        <translation>Interrompido por %1: %2</translation>
    </message>
    <message>
        <source>(and %n more in Issues)</source>
        <translation>(e mais %n em Problemas)</translation>
    </message>
    <message>
        <source>%n highlighted element(s) not on this diagram (the other model&apos;s); the tables list them.</source>
        <translation>Elementos destacados que não estão neste diagrama (são do outro modelo): %n; as tabelas os listam.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} e mais %n</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>&amp;Select in Diagram</source>
        <translation>&amp;Selecionar no diagrama</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>&amp;Copiar linha</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Values for the whole model. Leave a field empty when it does not apply.</source>
        <translation>Valores para o modelo inteiro. Deixe um campo vazio quando não se aplicar.</translation>
    </message>
    <message>
        <source>%n more value(s) from the file stay as they are.</source>
        <translation>Outros valores do arquivo que ficam como estão: %n</translation>
    </message>
    <message>
        <source>What-if sensitivity ranges (optional; otherwise ±20 % around the value)</source>
        <translation>Faixas de sensibilidade what-if (opcionais; caso contrário ±20 % em torno do valor)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Zoom em torno do cursor</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+roda do mouse</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Deslocar a vista</translation>
    </message>
    <message>
        <source>Space+Drag, Middle-drag</source>
        <translation>Espaço+arrastar, arrastar com o botão do meio</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Adicionar à seleção</translation>
    </message>
    <message>
        <source>Ctrl+Click, Shift+Click</source>
        <translation>Ctrl+clique, Shift+clique</translation>
    </message>
    <message>
        <source>Select an area</source>
        <translation>Selecionar uma área</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>Arrastar num espaço vazio</translation>
    </message>
    <message>
        <source>Connect two steps</source>
        <translation>Conectar duas etapas</translation>
    </message>
    <message>
        <source>Drag from a step&apos;s arrow handle, or C then click the target</source>
        <translation>Arraste da alça de seta de uma etapa, ou C e depois clique no destino</translation>
    </message>
    <message>
        <source>Move a flow&apos;s segment</source>
        <translation>Mover o segmento de um fluxo</translation>
    </message>
    <message>
        <source>Drag its round middle handle (the flow selected)</source>
        <translation>Arraste sua alça redonda central (com o fluxo selecionado)</translation>
    </message>
    <message>
        <source>Rename in place</source>
        <translation>Renomear no lugar</translation>
    </message>
    <message>
        <source>Double-click a step, flow or lane header</source>
        <translation>Clique duplo numa etapa, fluxo ou cabeçalho de raia</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Reordenar raias</translation>
    </message>
    <message>
        <source>Drag a lane header</source>
        <translation>Arraste o cabeçalho de uma raia</translation>
    </message>
    <message>
        <source>Resize a lane</source>
        <translation>Redimensionar uma raia</translation>
    </message>
    <message>
        <source>Drag a lane&apos;s bottom edge</source>
        <translation>Arraste a borda inferior da raia</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Mover a seleção</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de seta</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Steps</source>
        <extracomment>The mime type a palette drag carries; the payload is the kind&apos;s key in UTF-8. The titles built from channels below, listed for translation.</extracomment>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Pontos de contato</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Ação do cliente</translation>
    </message>
    <message>
        <source>Back-office step</source>
        <translation>Etapa de retaguarda</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Gateway paralelo</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Gateway inclusivo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Web touchpoint</source>
        <translation>Ponto de contato web</translation>
    </message>
    <message>
        <source>App touchpoint</source>
        <translation>Ponto de contato app</translation>
    </message>
    <message>
        <source>Email touchpoint</source>
        <translation>Ponto de contato e-mail</translation>
    </message>
    <message>
        <source>Chat touchpoint</source>
        <translation>Ponto de contato chat</translation>
    </message>
    <message>
        <source>Phone touchpoint</source>
        <translation>Ponto de contato telefone</translation>
    </message>
    <message>
        <source>IVR touchpoint</source>
        <translation>Ponto de contato URA</translation>
    </message>
    <message>
        <source>Store touchpoint</source>
        <translation>Ponto de contato loja</translation>
    </message>
    <message>
        <source>Mail touchpoint</source>
        <translation>Ponto de contato correio</translation>
    </message>
    <message>
        <source>Video touchpoint</source>
        <translation>Ponto de contato vídeo</translation>
    </message>
    <message>
        <source>Physical touchpoint</source>
        <translation>Ponto de contato presencial</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Click in a lane to place the step (Esc cancels).</source>
        <extracomment>A sentence for the status bar (refusals, hints). The palette kind armed for click-to-place changed (None: disarmed). The connect tool was switched on or off.</extracomment>
        <translation>Clique numa raia para posicionar a etapa (Esc cancela).</translation>
    </message>
    <message>
        <source>Click the step the flow goes to (Esc cancels).</source>
        <translation>Clique na etapa para onde o fluxo vai (Esc cancela).</translation>
    </message>
    <message>
        <source>Click the step the flow starts at, then the step it goes to.</source>
        <translation>Clique na etapa onde o fluxo começa e depois na etapa para onde ele vai.</translation>
    </message>
    <message>
        <source>Drop the step into a lane.</source>
        <translation>Solte a etapa dentro de uma raia.</translation>
    </message>
    <message>
        <source>Click the step the flow starts at (an end event has none).</source>
        <translation>Clique na etapa onde o fluxo começa (um evento de fim não tem nenhum).</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add lane &apos;{name}&apos;</source>
        <extracomment>A change of fields: (element kind &quot;lane&quot; | &quot;step&quot; | &quot;flow&quot; | &quot;pool&quot;, element id, {field: new value}). Does one thing and returns the function that takes it back.</extracomment>
        <translation>Adicionar raia &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos;</source>
        <translation>Excluir raia &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move lane &apos;{name}&apos;</source>
        <translation>Mover raia &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add step &apos;{name}&apos;</source>
        <translation>Adicionar etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete step &apos;{name}&apos;</source>
        <translation>Excluir etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Connect &apos;{source}&apos; to &apos;{target}&apos;</source>
        <translation>Conectar &apos;{source}&apos; a &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>Delete flow &apos;{name}&apos;</source>
        <translation>Excluir fluxo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <extracomment>Room kept between a step and the right end of its lane. The document&apos;s copies (analysis runs, the last saved model, recovery copies), sharing what no edit changed.</extracomment>
        <translation>Adicionar {kind}</translation>
    </message>
    <message>
        <source>Move bend point of &apos;{name}&apos;</source>
        <translation>Mover ponto de dobra de &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Rename step &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Renomear etapa &apos;{old}&apos; para &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename flow &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Renomear fluxo &apos;{old}&apos; para &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename lane &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Renomear raia &apos;{old}&apos; para &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Set {field} of &apos;{name}&apos; to {value}</source>
        <translation>Definir {field} de &apos;{name}&apos; como {value}</translation>
    </message>
    <message>
        <source>Widen lanes</source>
        <translation>Alargar raias</translation>
    </message>
    <message>
        <source>Change &apos;{name}&apos; to {kind}</source>
        <translation>Mudar &apos;{name}&apos; para {kind}</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nova raia</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>Abrir espaço</translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation>Fechar o vão</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as customer lane</source>
        <translation>Marcar &apos;{name}&apos; como raia do cliente</translation>
    </message>
    <message>
        <source>Set role of &apos;{name}&apos; to {role}</source>
        <translation>Definir papel de &apos;{name}&apos; como {role}</translation>
    </message>
    <message>
        <source>Resize lane &apos;{name}&apos;</source>
        <translation>Redimensionar raia &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Resize pool &apos;{name}&apos;</source>
        <translation>Redimensionar pool &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Restack lanes</source>
        <translation>Reempilhar raias</translation>
    </message>
    <message>
        <source>Move step &apos;{name}&apos;</source>
        <translation>Mover etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move %n steps</source>
        <translation>Mover etapas: %n</translation>
    </message>
    <message>
        <source>Paste step &apos;{name}&apos;</source>
        <translation>Colar etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Paste %n steps</source>
        <translation>Colar etapas: %n</translation>
    </message>
    <message>
        <source>Duplicate step &apos;{name}&apos;</source>
        <translation>Duplicar etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Duplicate %n steps</source>
        <translation>Duplicar etapas: %n</translation>
    </message>
    <message>
        <source>Repair text encoding of name &apos;{name}&apos;</source>
        <translation>Reparar a codificação do nome &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Repair text encoding of %n names</source>
        <translation>Reparar a codificação de nomes: %n</translation>
    </message>
    <message>
        <source>Cut %n elements</source>
        <translation>Recortar elementos: %n</translation>
    </message>
    <message>
        <source>Delete %n elements</source>
        <translation>Excluir elementos: %n</translation>
    </message>
    <message>
        <source>Cut step &apos;{name}&apos;</source>
        <translation>Recortar etapa &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut flow &apos;{name}&apos;</source>
        <translation>Recortar fluxo &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut lane &apos;{name}&apos;</source>
        <translation>Recortar raia &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as the customer</source>
        <translation>Marcar &apos;{name}&apos; como o cliente</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>CU</source>
        <extracomment>Every unit a field can have.</extracomment>
        <translation>UM</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>journeys per min</source>
        <translation>jornadas por min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source># User Guide

The guide is missing from this installation; it is docs/user-guide.md on the project page.</source>
        <translation># Guia do usuário

O guia não está nesta instalação; ele é o docs/user-guide.md na página do projeto.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Guia do usuário</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>Warnings</source>
        <extracomment>The element ids of the clicked warning.</extracomment>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Nenhum elemento</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Avisos ({count})</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Element</source>
        <extracomment>Columns of the settings table and of the result table.</extracomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What If</source>
        <translation>Simulação what-if</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes. The model is not changed; a new branch probability takes its difference from the other branches of the split, in proportion.</source>
        <translation>Experimente outros valores para etapas, fluxos e raias. O modelo não é alterado; uma nova probabilidade de caminho tira sua diferença dos outros caminhos da divisão, proporcionalmente.</translation>
    </message>
    <message>
        <source>&amp;Add Value</source>
        <translation>&amp;Adicionar valor</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>&amp;Remover valor</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xecutar</translation>
    </message>
    <message>
        <source>The values changed: press Run to compare them.</source>
        <translation>Os valores mudaram: pressione Executar para compará-los.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>No scorecard to compare: an error in the model stops it (see Analysis ▸ Scorecard).</source>
        <translation>Não há painel de indicadores para comparar: um erro no modelo o impede (veja Análise ▸ Painel de indicadores).</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>Raia {name}</translation>
    </message>
    <message>
        <source>(rest of the split)</source>
        <translation>(resto da divisão)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>What if {changes}.</source>
        <translation>Simulação: {changes}.</translation>
    </message>
    <message>
        <source>No value changed.</source>
        <translation>Nenhum valor alterado.</translation>
    </message>
</context>
</TS>
