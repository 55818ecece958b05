<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Inserir</translation>
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
</TS>
