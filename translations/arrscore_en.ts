<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>arrscore::ExportDialog</name>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %2 of %Ln rows (filters applied)</source>
        <translation>
            <numerusform>C&amp;urrent view: %1, %2 of %Ln row (filters applied)</numerusform>
            <numerusform>C&amp;urrent view: %1, %2 of %Ln rows (filters applied)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %Ln rows</source>
        <translation>
            <numerusform>C&amp;urrent view: %1, %Ln row</numerusform>
            <numerusform>C&amp;urrent view: %1, %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceDialog</name>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln series</numerusform>
            <numerusform>%Ln series</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::MainWindow</name>
    <message numerus="yes">
        <source>Storing %Ln files of %1…</source>
        <translation>
            <numerusform>Storing %Ln file of %1…</numerusform>
            <numerusform>Storing %Ln files of %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances.</source>
        <translation>
            <numerusform>Synced %1 of %Ln instance.</numerusform>
            <numerusform>Synced %1 of %Ln instances.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln files</source>
        <translation>
            <numerusform>%1 of %Ln file</numerusform>
            <numerusform>%1 of %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade candidates</source>
        <translation>
            <numerusform>%Ln upgrade candidate</numerusform>
            <numerusform>%Ln upgrade candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearcher</name>
    <message numerus="yes">
        <source>Radarr &quot;%1&quot;: %Ln movies</source>
        <translation>
            <numerusform>Radarr &quot;%1&quot;: %Ln movie</numerusform>
            <numerusform>Radarr &quot;%1&quot;: %Ln movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sonarr &quot;%1&quot;: %Ln episodes</source>
        <translation>
            <numerusform>Sonarr &quot;%1&quot;: %Ln episode</numerusform>
            <numerusform>Sonarr &quot;%1&quot;: %Ln episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers to search their indexers for better releases of the %Ln selected files?</source>
        <translation>
            <numerusform>Ask the server to search its indexers for better releases of the selected file?</numerusform>
            <numerusform>Ask the servers to search their indexers for better releases of the %Ln selected files?</numerusform>
        </translation>
    </message>
</context>
</TS>
