<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
        <translation>Não foi possível criar uma cópia de recuperação: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>A cópia de recuperação falhou: {reason}</translation>
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
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>linha de visibilidade</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
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
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene.</extracomment>
        <translation>A escala precisa ser maior que 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels; choose a smaller scale.</source>
        <translation>A imagem teria {width}×{height} pixels; escolha uma escala menor.</translation>
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
        <extracomment>Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
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
        <source>Background</source>
        <translation>Fundo</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
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
        <translation>Clique ou arraste para mover a visualização do diagrama</translation>
    </message>
    <message>
        <source>Minimap</source>
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
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The units the fields show (the document&apos;s own, or those of Preferences).</extracomment>
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
        <extracomment>Room kept between a step and the right end of its lane.</extracomment>
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
</TS>
