<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuildInfo</name>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (kompiliert mit %2)</translation>
    </message>
</context>
<context>
    <name>arrscore::AboutDialog</name>
    <message>
        <source>About Arr Score Exporter</source>
        <translation>Über Arr Score Exporter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Über</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Komponenten</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Lizenz</translation>
    </message>
    <message>
        <source>Arr Score Exporter icon</source>
        <translation>Symbol von Arr Score Exporter</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Custom format scores of your Radarr and Sonarr libraries, their history, and what is worth upgrading.</source>
        <translation>Die Custom-Format-Scores Ihrer Radarr- und Sonarr-Bibliotheken, ihr Verlauf und was ein Upgrade lohnt.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>Licence: %1, the GNU General Public License, version 3 or any later version. The Licence tab has its text.</source>
        <translation>Lizenz: %1, die GNU General Public License, Version 3 oder jede spätere Version. Der Reiter „Lizenz“ enthält ihren Text.</translation>
    </message>
    <message>
        <source>Arr Score Exporter is built on these libraries, each under its own licence:</source>
        <translation>Arr Score Exporter baut auf diesen Bibliotheken auf, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>nicht in diesem Build</translation>
    </message>
    <message>
        <source>Home pages: %1</source>
        <translation>Webseiten: %1</translation>
    </message>
    <message>
        <source>Home pages of the libraries</source>
        <translation>Webseiten der Bibliotheken</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3, which Arr Score Exporter is distributed under.</source>
        <translation>Die GNU General Public License, Version 3, unter der Arr Score Exporter verbreitet wird.</translation>
    </message>
</context>
<context>
    <name>arrscore::AnalysisCommands</name>
    <message>
        <source>Nothing to analyse: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Nichts zu analysieren: %1 enthält noch keinen Snapshot. Führen Sie zuerst &quot;arrscore sync&quot; aus.</translation>
    </message>
    <message>
        <source>--limit expects a number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--limit erwartet eine Zahl ab 0, nicht „%1“.</translation>
    </message>
    <message>
        <source>What would raise it most:</source>
        <translation>Was ihn am meisten heben würde:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MITTEL</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MEDIAN</translation>
    </message>
    <message>
        <source>CUTOFF</source>
        <translation>CUTOFF</translation>
    </message>
    <message>
        <source>AT/ABOVE</source>
        <translation>AM/ÜBER</translation>
    </message>
    <message>
        <source>CANDIDATES</source>
        <translation>KANDIDATEN</translation>
    </message>
    <message>
        <source>Top formats by contribution:</source>
        <translation>Formate mit dem größten Beitrag:</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>SUMME</translation>
    </message>
    <message>
        <source>WOULD REACH CUTOFF</source>
        <translation>WÜRDE CUTOFF ERREICHEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>ABSTAND</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÄT</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÄT</translation>
    </message>
    <message>
        <source>TOP REASON</source>
        <translation>HAUPTGRUND</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %1 of %Ln files; %2 more are capped (their profile allows no upgrades).</source>
        <translation>
            <numerusform>Upgrade-Kandidaten: %1 von %Ln Datei; %2 weitere sind gedeckelt (ihr Profil erlaubt keine Upgrades).</numerusform>
            <numerusform>Upgrade-Kandidaten: %1 von %Ln Dateien; %2 weitere sind gedeckelt (ihr Profil erlaubt keine Upgrades).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files have no score (Sonarr v3): they are judged on quality only.</source>
        <translation>
            <numerusform>%Ln Datei hat keinen Score (Sonarr v3): Sie wird nur nach der Qualität beurteilt.</numerusform>
            <numerusform>%Ln Dateien haben keinen Score (Sonarr v3): Sie werden nur nach der Qualität beurteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files use a profile the snapshot does not know and were not judged.</source>
        <translation>
            <numerusform>%Ln Datei nutzt ein Profil, das der Snapshot nicht kennt, und wurde nicht beurteilt.</numerusform>
            <numerusform>%Ln Dateien nutzen ein Profil, das der Snapshot nicht kennt, und wurden nicht beurteilt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library health: %1/100 (%2 of %3 checks passed over %Ln files)</source>
        <translation>
            <numerusform>Zustand der Bibliothek: %1/100 (%2 von %3 Prüfungen bestanden, über %Ln Datei)</numerusform>
            <numerusform>Zustand der Bibliothek: %1/100 (%2 von %3 Prüfungen bestanden, über %Ln Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Movies: %1, %2.</source>
        <translation>Filme: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collections of mixed quality</source>
        <translation>
            <numerusform>%Ln Sammlung gemischter Qualität</numerusform>
            <numerusform>%Ln Sammlungen gemischter Qualität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in 2160p without HDR</source>
        <translation>
            <numerusform>%Ln Datei in 2160p ohne HDR</numerusform>
            <numerusform>%Ln Dateien in 2160p ohne HDR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trend (the last %Ln syncs per instance at most):</source>
        <translation>
            <numerusform>Verlauf (höchstens die letzte Synchronisierung je Instanz):</numerusform>
            <numerusform>Verlauf (höchstens die letzten %Ln Synchronisierungen je Instanz):</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1, %2, upgrades: %3</source>
        <translation>Mittel %1, %2, Upgrades: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates</source>
        <translation>
            <numerusform>%Ln Kandidat</numerusform>
            <numerusform>%Ln Kandidaten</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %L1 more (--limit N, or --json for all with every reason).</source>
        <translation>… und %L1 weitere (--limit N, oder --json für alle mit jedem Grund).</translation>
    </message>
    <message>
        <source>(no upgrades; %L1 capped)</source>
        <translation>(keine Upgrades; %L1 gedeckelt)</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 (capped: %L2). Run &quot;arrscore candidates&quot; for the list.</source>
        <translation>Upgrade-Kandidaten: %L1 (gedeckelt: %L2). &quot;arrscore candidates&quot; zeigt die Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Seasons: %Ln of %L1 are inconsistent (mixed release groups or qualities, or an episode far below its siblings).</source>
        <translation>
            <numerusform>Staffeln: %Ln von %L1 ist uneinheitlich (gemischte Release-Gruppen oder Qualitäten, oder eine Episode weit unter den übrigen).</numerusform>
            <numerusform>Staffeln: %Ln von %L1 sind uneinheitlich (gemischte Release-Gruppen oder Qualitäten, oder eine Episode weit unter den übrigen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ApiParser</name>
    <message>
        <source>The answer to %1 is not a JSON object. Is this a Radarr or Sonarr server?</source>
        <translation>Die Antwort auf %1 ist kein JSON-Objekt. Ist das ein Radarr- oder Sonarr-Server?</translation>
    </message>
    <message>
        <source>The answer to %1 has no readable version. Is this a Radarr or Sonarr server?</source>
        <translation>Die Antwort auf %1 enthält keine lesbare Version. Ist das ein Radarr- oder Sonarr-Server?</translation>
    </message>
    <message>
        <source>The answer to %1 ends early (%L2 bytes): it was cut off on the way. Nothing of this instance was stored; try again.</source>
        <translation>Die Antwort auf %1 endet vorzeitig (%L2 Bytes): Sie wurde unterwegs abgeschnitten. Von dieser Instanz wurde nichts gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3). Nothing of this instance was stored.</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON (%2 bei Byte %3). Von dieser Instanz wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list, as the Radarr/Sonarr API has it. Is this the right server and URL base?</source>
        <translation>Die Antwort auf %1 ist keine Liste, wie es die Radarr/Sonarr-API vorsieht. Ist das der richtige Server und die richtige URL-Basis?</translation>
    </message>
    <message>
        <source>%1: item %2 skipped: not an object.</source>
        <translation>%1: Eintrag %2 übersprungen: kein Objekt.</translation>
    </message>
    <message>
        <source>%1 %2 skipped: %3</source>
        <translation>%1 %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>movie file %1: its formats&apos; scores in the profile %2 add up to %3, beyond what a score can be; read as %4.</source>
        <translation>Filmdatei %1: Die Scores ihrer Formate im Profil %2 ergeben zusammen %3, mehr als ein Score sein kann; gelesen als %4.</translation>
    </message>
</context>
<context>
    <name>arrscore::AuditCommands</name>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared items</source>
        <translation>
            <numerusform>%Ln gemeinsamer Eintrag</numerusform>
            <numerusform>%Ln gemeinsame Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in some</source>
        <translation>
            <numerusform>%Ln nur in einigen</numerusform>
            <numerusform>%Ln nur in einigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles that drift</source>
        <translation>
            <numerusform>%Ln abweichendes Profil</numerusform>
            <numerusform>%Ln abweichende Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared items (quality and score in each instance):</source>
        <translation>Gemeinsame Einträge (Qualität und Score in jeder Instanz):</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Only in some instances (— where there is no file):</source>
        <translation>Nur in einigen Instanzen (— wo es keine Datei gibt):</translation>
    </message>
    <message>
        <source>Profiles of the same name whose format scores differ:</source>
        <translation>Gleichnamige Profile, deren Format-Scores sich unterscheiden:</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only findings of this kind (%1).</source>
        <translation>Nur Befunde dieser Art (%1).</translation>
    </message>
    <message>
        <source>Unknown finding kind &quot;%1&quot;: the kinds are %2.</source>
        <translation>Unbekannte Befundart „%1“: Die Arten sind %2.</translation>
    </message>
    <message>
        <source>No findings: the stored history shows no upgrade loop, score mismatch or repeated failure.</source>
        <translation>Keine Befunde: Der gespeicherte Verlauf zeigt keine Upgrade-Schleife, keine Score-Abweichung und keine wiederholten Fehlschläge.</translation>
    </message>
    <message>
        <source>No findings of the kinds asked for.</source>
        <translation>Keine Befunde der gefragten Arten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings (%1).</source>
        <translation>
            <numerusform>%Ln Befund (%1).</numerusform>
            <numerusform>%Ln Befunde (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, file %4</source>
        <translation>%1 · %2 · %3, Datei %4</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>arrscore::AuditPage</name>
    <message>
        <source>Kind of finding</source>
        <translation>Art des Befunds</translation>
    </message>
    <message>
        <source>Filter by title, instance or explanation</source>
        <translation>Nach Titel, Instanz oder Erklärung filtern</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit-Befunde</translation>
    </message>
    <message>
        <source>One finding a row: its kind, instance, item, file and a short explanation</source>
        <translation>Ein Befund pro Zeile: Art, Instanz, Eintrag, Datei und eine kurze Erklärung</translation>
    </message>
    <message>
        <source>What each server&apos;s own history says about its upgrades: the same release grabbed again and again, grabs scored differently once imported, scores that changed or do not add up, downloads that keep failing. Select a finding for its explanation and the item&apos;s timeline, with the score the server gave at each step.</source>
        <translation>Was der eigene Verlauf jedes Servers über seine Upgrades sagt: dasselbe Release immer wieder geholt, Holvorgänge, die nach dem Import anders bewertet werden, Scores, die sich geändert haben oder nicht aufgehen, Downloads, die immer wieder fehlschlagen. Wählen Sie einen Befund für seine Erklärung und die Zeitleiste des Eintrags, mit dem Score, den der Server bei jedem Schritt vergeben hat.</translation>
    </message>
    <message>
        <source>The Audit explains why files were (not) upgraded, from each server&apos;s own history: what it grabbed, imported, failed to download and deleted, with the score it gave at each step. It finds upgrade loops (the same release grabbed again and again), grabs whose file scores lower once imported, files whose score changed with no edit of their profile, reported scores that do not add up, and downloads that keep failing.</source>
        <translation>Das Audit erklärt aus dem eigenen Verlauf jedes Servers, warum Dateien (nicht) verbessert wurden: was er geholt, importiert, nicht herunterladen konnte und gelöscht hat, mit dem Score, den er bei jedem Schritt vergeben hat. Es findet Upgrade-Schleifen (dasselbe Release immer wieder geholt), Holvorgänge, deren Datei nach dem Import niedriger bewertet wird, Dateien, deren Score sich ohne Änderung ihres Profils geändert hat, gemeldete Scores, die nicht aufgehen, und Downloads, die immer wieder fehlschlagen.</translation>
    </message>
    <message>
        <source>Nothing to explain in the history read so far. Each sync reads what is new in the servers&apos; history (the first one the last 90 days, Settings › Instances › History).</source>
        <translation>Im bisher gelesenen Verlauf gibt es nichts zu erklären. Jede Synchronisierung liest, was im Verlauf der Server neu ist (die erste die letzten 90 Tage, Einstellungen › Instanzen › Verlauf).</translation>
    </message>
    <message>
        <source>The servers&apos; history comes with the next sync (F5): the first one reads the last 90 days.</source>
        <translation>Der Verlauf der Server kommt mit der nächsten Synchronisierung (F5): Die erste liest die letzten 90 Tage.</translation>
    </message>
    <message>
        <source>All findings (%1)</source>
        <translation>Alle Befunde (%1)</translation>
    </message>
</context>
<context>
    <name>arrscore::AuditRules</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was grabbed %n times (%2), scored %3 when grabbed</source>
        <translation>
            <numerusform>%1 wurde %n-mal geholt (%2), beim Holen mit %3 bewertet</numerusform>
            <numerusform>%1 wurde %n-mal geholt (%2), beim Holen mit %3 bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 once imported</source>
        <translation> und nach dem Import mit %1</translation>
    </message>
    <message>
        <source>%1 on %2 (score %3)</source>
        <translation>%1 am %2 (Score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n releases were grabbed within %1 days: %2. The score went from %3 to %4: no net gain.</source>
        <translation>
            <numerusform>%n Release wurde innerhalb von %1 Tagen geholt: %2. Der Score ging von %3 auf %4: kein Zugewinn.</numerusform>
            <numerusform>%n Releases wurden innerhalb von %1 Tagen geholt: %2. Der Score ging von %3 auf %4: kein Zugewinn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server keeps replacing this file: a release name usually matches custom formats that the imported, renamed file no longer matches. Compare the formats of the release and of the file, and fix the format&apos;s conditions or the naming scheme.</source>
        <translation>Der Server ersetzt diese Datei immer wieder: Meist passt ein Release-Name zu Custom Formats, zu denen die importierte, umbenannte Datei nicht mehr passt. Vergleichen Sie die Formate des Releases und der Datei und korrigieren Sie die Bedingungen des Formats oder das Benennungsschema.</translation>
    </message>
    <message>
        <source>%1 scored %2 when it was grabbed on %3, but its file %4 scored %5 when imported on %6. The release name matched custom formats that the imported file does not: the usual start of an upgrade loop. Make those formats match the file too (or neither).</source>
        <translation>%1 wurde beim Holen am %3 mit %2 bewertet, seine Datei %4 beim Import am %6 aber mit %5. Der Release-Name passte zu Custom Formats, zu denen die importierte Datei nicht passt: der übliche Beginn einer Upgrade-Schleife. Sorgen Sie dafür, dass diese Formate auch zur Datei passen (oder zu keinem von beiden).</translation>
    </message>
    <message>
        <source>This file scored %1 when it was imported on %2 as %3 and scores %4 today, and no quality profile or custom format changed in the snapshots since. Something about the file changed what it matches: a rename (the score is computed from the scene name, else the original path, else the current name) or a new media-info scan. Rename it back or adjust the formats.</source>
        <translation>Diese Datei wurde beim Import am %2 als %3 mit %1 bewertet und hat heute den Score %4, obwohl sich seitdem in den Snapshots kein Qualitätsprofil und kein Custom Format geändert hat. Etwas an der Datei hat geändert, wozu sie passt: eine Umbenennung (der Score wird aus dem Szenennamen berechnet, sonst aus dem ursprünglichen Pfad, sonst aus dem aktuellen Namen) oder ein neuer Media-Info-Scan. Benennen Sie sie zurück oder passen Sie die Formate an.</translation>
    </message>
    <message>
        <source>The first snapshot was taken on %1: an edit before then cannot be ruled out.</source>
        <translation>Der erste Snapshot wurde am %1 erstellt: Eine Änderung davor ist nicht auszuschließen.</translation>
    </message>
    <message>
        <source>The server reports a score of %1, but its custom formats add up to %2 in the profile %3 (%4).</source>
        <translation>Der Server meldet einen Score von %1, aber seine Custom Formats ergeben im Profil %3 zusammen %2 (%4).</translation>
    </message>
    <message>
        <source>no formats</source>
        <translation>keine Formate</translation>
    </message>
    <message>
        <source>/movie gives it a score of %1 and /moviefile %2.</source>
        <translation>/movie gibt ihr den Score %1 und /moviefile %2.</translation>
    </message>
    <message>
        <source>The server is inconsistent with itself: a refresh of the item (or a rescan) usually recomputes it; if not, report it to the server&apos;s developers.</source>
        <translation>Der Server widerspricht sich selbst: Ein Aktualisieren des Eintrags (oder ein erneuter Scan) berechnet den Score meist neu; wenn nicht, melden Sie es den Entwicklern des Servers.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed within %1 days: %2. The server blocklists each failed release and tries the next; check the download client and the indexers these came from.</source>
        <translation>
            <numerusform>%n Download ist innerhalb von %1 Tagen fehlgeschlagen: %2. Der Server setzt jedes fehlgeschlagene Release auf die Sperrliste und versucht das nächste; prüfen Sie den Download-Client und die Indexer, von denen es kam.</numerusform>
            <numerusform>%n Downloads sind innerhalb von %1 Tagen fehlgeschlagen: %2. Der Server setzt jedes fehlgeschlagene Release auf die Sperrliste und versucht das nächste; prüfen Sie den Download-Client und die Indexer, von denen sie kamen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the server keeps no scores in its history (Sonarr v3, Radarr before 4.3.1): grab and import scores cannot be compared, and loops are found only by releases grabbed again.</source>
        <translation>%1: Der Server speichert in seinem Verlauf keine Scores (Sonarr v3, Radarr vor 4.3.1): Scores beim Holen und beim Import lassen sich nicht vergleichen, und Schleifen werden nur an erneut geholten Releases erkannt.</translation>
    </message>
    <message>
        <source>%1: the server keeps no import scores (Radarr before 4.4.2): grab and import scores and scores at import cannot be compared.</source>
        <translation>%1: Der Server speichert keine Scores beim Import (Radarr vor 4.4.2): Scores beim Holen und beim Import lassen sich nicht vergleichen, ebenso wenig Scores beim Import mit den heutigen.</translation>
    </message>
    <message>
        <source>%1: Radarr %2 gives every file a score of 0 in /movie, one it never computes (Radarr#9568): that is not reported as a mismatch; /moviefile&apos;s score is the one used.</source>
        <translation>%1: Radarr %2 gibt jeder Datei in /movie den Score 0, den es nie berechnet (Radarr#9568): Das wird nicht als Abweichung gemeldet; verwendet wird der Score von /moviefile.</translation>
    </message>
</context>
<context>
    <name>arrscore::Auditor</name>
    <message>
        <source>Cannot read the snapshot history of %1 from the database %2.</source>
        <translation>Der Snapshot-Verlauf von %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s history was never read (history_days is 0, or every read failed): only score mismatches can be found. Sync it with history_days set.</source>
        <translation>%1: Der Verlauf des Servers wurde nie gelesen (history_days ist 0, oder jedes Lesen ist fehlgeschlagen): Nur Score-Abweichungen können gefunden werden. Synchronisieren Sie ihn mit gesetztem history_days.</translation>
    </message>
</context>
<context>
    <name>arrscore::BarChartBuilder</name>
    <message>
        <source>%1: solid bars</source>
        <translation>%1: volle Balken</translation>
    </message>
    <message>
        <source>%1: hatched bars</source>
        <translation>%1: schraffierte Balken</translation>
    </message>
    <message>
        <source>%1: dotted bars</source>
        <translation>%1: gepunktete Balken</translation>
    </message>
</context>
<context>
    <name>arrscore::CandidateFinder</name>
    <message>
        <source>quality below the cutoff %1 (as the server reports)</source>
        <translation>Qualität unter dem Cutoff %1 (laut Server)</translation>
    </message>
    <message>
        <source>matches %1 (%2)</source>
        <translation>passt zu %1 (%2)</translation>
    </message>
    <message>
        <source>lacks %1 (+%2)</source>
        <translation>ohne %1 (+%2)</translation>
    </message>
    <message>
        <source>score unknown (the server sends none): judged on quality only</source>
        <translation>Score unbekannt (der Server sendet keinen): nur nach Qualität beurteilt</translation>
    </message>
    <message>
        <source>capped: the profile %1 does not allow upgrades</source>
        <translation>gedeckelt: Das Profil %1 erlaubt keine Upgrades</translation>
    </message>
    <message numerus="yes">
        <source>score %Ln points below the profile&apos;s cutoff</source>
        <translation>
            <numerusform>Score %Ln Punkt unter dem Cutoff des Profils</numerusform>
            <numerusform>Score %Ln Punkte unter dem Cutoff des Profils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quality %Ln steps below the cutoff %1</source>
        <translation>
            <numerusform>Qualität %Ln Stufe unter dem Cutoff %1</numerusform>
            <numerusform>Qualität %Ln Stufen unter dem Cutoff %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::CandidateTableModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Bestes Release</translation>
    </message>
    <message>
        <source>The best release the indexers offered at the last check: its score&apos;s gain over the file and its score, or the verdict</source>
        <translation>Das beste Release, das die Indexer bei der letzten Prüfung angeboten haben: der Zuwachs seines Scores gegenüber der Datei und sein Score, oder das Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>When the item was last checked for better releases</source>
        <translation>Wann der Eintrag zuletzt auf bessere Releases geprüft wurde</translation>
    </message>
    <message>
        <source>Last searched</source>
        <translation>Zuletzt gesucht</translation>
    </message>
    <message>
        <source>When a search or grab was last sent for the item</source>
        <translation>Wann zuletzt eine Suche oder ein Holauftrag für den Eintrag gesendet wurde</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What the audit found in the server&apos;s history of the item (upgrade loops, score mismatches, failures); the Audit view explains each</source>
        <translation>Was das Audit im Verlauf des Servers zu diesem Eintrag gefunden hat (Upgrade-Schleifen, Score-Abweichungen, Fehlschläge); die Ansicht „Audit“ erklärt jeden Befund</translation>
    </message>
</context>
<context>
    <name>arrscore::CapState</name>
    <message>
        <source>switched off</source>
        <translation>abgeschaltet</translation>
    </message>
    <message>
        <source>%1 of %2 left this hour</source>
        <translation>noch %1 von %2 in dieser Stunde</translation>
    </message>
    <message>
        <source>none left this hour</source>
        <translation>in dieser Stunde keine mehr</translation>
    </message>
    <message>
        <source>none left until %1</source>
        <translation>keine mehr bis %1</translation>
    </message>
</context>
<context>
    <name>arrscore::CellText</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cutoff score</source>
        <translation>Cutoff-Score</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Mindest-Score</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Quality cutoff</source>
        <translation>Qualitäts-Cutoff</translation>
    </message>
    <message>
        <source>Quality gap</source>
        <translation>Qualitätsabstand</translation>
    </message>
    <message>
        <source>Below quality cutoff</source>
        <translation>Unter Qualitäts-Cutoff</translation>
    </message>
    <message>
        <source>Negative formats</source>
        <translation>Negative Formate</translation>
    </message>
    <message>
        <source>Missing formats</source>
        <translation>Fehlende Formate</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Format ID</source>
        <translation>Format-ID</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Custom Format</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Total contribution</source>
        <translation>Gesamtbeitrag</translation>
    </message>
    <message>
        <source>Files it would lift to the cutoff</source>
        <translation>Dateien, die es zum Cutoff heben würde</translation>
    </message>
    <message>
        <source>Score per profile</source>
        <translation>Score je Profil</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Scored files</source>
        <translation>Bewertete Dateien</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlerer Score</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>Median-Score</translation>
    </message>
    <message>
        <source>At or above cutoff</source>
        <translation>Am oder über Cutoff</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>Gedeckelt</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Score vorher</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score nachher</translation>
    </message>
    <message>
        <source>Quality before</source>
        <translation>Qualität vorher</translation>
    </message>
    <message>
        <source>Quality after</source>
        <translation>Qualität nachher</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>Such-ID</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Zuwachs</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Gesucht</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Median gain</source>
        <translation>Median-Zuwachs</translation>
    </message>
    <message>
        <source>Series ID</source>
        <translation>Serien-ID</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>TMDb ID</source>
        <translation>TMDb-ID</translation>
    </message>
    <message>
        <source>TVDB ID</source>
        <translation>TVDB-ID</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>Missing from</source>
        <translation>Fehlt in</translation>
    </message>
</context>
<context>
    <name>arrscore::ChangesCaption</name>
    <message>
        <source>Profile %1 was edited: %2</source>
        <translation>Profil %1 wurde geändert: %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>Changes appear after the second sync of an instance: they compare each instance&apos;s latest sync with the one before.</source>
        <translation>Änderungen erscheinen nach der zweiten Synchronisierung einer Instanz: Sie vergleichen die letzte Synchronisierung jeder Instanz mit der davor.</translation>
    </message>
    <message>
        <source>Nothing synced yet.</source>
        <translation>Noch nichts synchronisiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 → %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 → %3: %4</translation>
    </message>
</context>
<context>
    <name>arrscore::CheckProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Release lookups done</source>
        <translation>Erledigte Release-Abfragen</translation>
    </message>
    <message>
        <source>Cancel the release lookups</source>
        <translation>Die Release-Abfragen abbrechen</translation>
    </message>
    <message>
        <source>Stops the lookup in flight; the items checked so far keep their results</source>
        <translation>Stoppt die laufende Abfrage; die bisher geprüften Einträge behalten ihre Ergebnisse</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Checking for better releases: %1 of %2 lookups done</source>
        <translation>Prüfung auf bessere Releases: %1 von %2 Abfragen erledigt</translation>
    </message>
    <message>
        <source>now %1 (10–120 s each)</source>
        <translation>jetzt %1 (je 10–120 s)</translation>
    </message>
</context>
<context>
    <name>arrscore::CliApplication</name>
    <message>
        <source>The configuration file.</source>
        <translation>Die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Only errors.</source>
        <translation>Nur Fehler.</translation>
    </message>
    <message>
        <source>Log more.</source>
        <translation>Mehr protokollieren.</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>Hilfe.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Die Version.</translation>
    </message>
    <message>
        <source>json, csv or html.</source>
        <translation>json, csv oder html.</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Was exportiert wird.</translation>
    </message>
    <message>
        <source>Only this instance.</source>
        <translation>Nur diese Instanz.</translation>
    </message>
    <message>
        <source>The file to write, - for stdout.</source>
        <translation>Die zu schreibende Datei, - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Start CSV with a byte order mark (Excel).</source>
        <translation>CSV mit einer Byte-Order-Mark beginnen (Excel).</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Höchstens N Zeilen.</translation>
    </message>
    <message>
        <source>Machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON.</translation>
    </message>
    <message>
        <source>Run &quot;arrscore --help&quot; for the commands.</source>
        <translation>&quot;arrscore --help&quot; zeigt die Befehle.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>export takes no arguments; did you mean --instance %1?</source>
        <translation>export nimmt keine Argumente; meinten Sie --instance %1?</translation>
    </message>
    <message>
        <source>%1 takes no arguments; did you mean --instance %2?</source>
        <translation>%1 nimmt keine Argumente; meinten Sie --instance %2?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: arrscore [--config FILE] [-q|-v] COMMAND [OPTIONS]

Syncs the custom format scores of every file from Radarr and Sonarr into a local database, and exports them.

Commands:
</source>
        <translation>Aufruf: arrscore [--config DATEI] [-q|-v] BEFEHL [OPTIONEN]

Synchronisiert die Custom-Format-Scores aller Dateien aus Radarr und Sonarr in eine lokale Datenbank und exportiert sie.

Befehle:
</translation>
    </message>
    <message>
        <source>No instance is configured. Create %1 (see README.md), pass --config FILE, or set RADARR_URL and RADARR_API_KEY.</source>
        <translation>Keine Instanz ist konfiguriert. Legen Sie %1 an (siehe README.md), übergeben Sie --config DATEI oder setzen Sie RADARR_URL und RADARR_API_KEY.</translation>
    </message>
    <message>
        <source>%1 configures no enabled instance.</source>
        <translation>%1 konfiguriert keine aktivierte Instanz.</translation>
    </message>
    <message>
        <source>No instance named &quot;%1&quot;. Configured: %2.</source>
        <translation>Keine Instanz namens „%1“. Konfiguriert: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Check that each instance is reachable and accepts its key; show app, version and strategy.</source>
        <translation>Prüfen, ob jede Instanz erreichbar ist und ihren Schlüssel annimmt; App, Version und Strategie anzeigen.</translation>
    </message>
    <message>
        <source>Write the latest snapshots as JSON, CSV or a self-contained HTML report.</source>
        <translation>Die neuesten Snapshots als JSON, CSV oder eigenständigen HTML-Bericht schreiben.</translation>
    </message>
    <message>
        <source>What changed between two syncs (default: the last two): added, removed, upgraded, downgraded, re-scored.</source>
        <translation>Was sich zwischen zwei Synchronisierungen geändert hat (Standard: die letzten beiden): hinzugefügt, entfernt, verbessert, verschlechtert, neu bewertet.</translation>
    </message>
    <message>
        <source>List the stored syncs.</source>
        <translation>Die gespeicherten Synchronisierungen auflisten.</translation>
    </message>
    <message>
        <source>Delete old snapshots; the latest of each instance is always kept.</source>
        <translation>Alte Snapshots löschen; der neueste jeder Instanz bleibt immer erhalten.</translation>
    </message>
    <message>
        <source>Upgrade candidates of the latest snapshots, highest priority first, with their reasons.</source>
        <translation>Upgrade-Kandidaten der neuesten Snapshots, höchste Priorität zuerst, mit ihren Gründen.</translation>
    </message>
    <message>
        <source>Library health, profile summaries, format contributions, roll-ups and trends.</source>
        <translation>Zustand der Bibliothek, Profilübersichten, Beiträge der Formate, Zusammenfassungen und Trends.</translation>
    </message>
    <message>
        <source>List the configured instances (API keys masked), or add those of Recyclarr&apos;s recyclarr.yml (default: where Recyclarr keeps it), keys to the keychain.</source>
        <translation>Listet die konfigurierten Instanzen (API-Schlüssel maskiert) oder fügt die aus der recyclarr.yml von Recyclarr hinzu (Standard: wo Recyclarr sie ablegt), die Schlüssel in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search for upgrades: of the top N upgrade candidates (default 10), of movie ids (Radarr) or episode ids (Sonarr), or of files by their file_id. At most searches_per_hour items per instance; items searched within search_cooldown_days are skipped (--force searches them anyway). Asks first; without a terminal only with --yes. --dry-run sends nothing.</source>
        <translation>Radarr/Sonarr nach Upgrades suchen lassen: für die besten N Upgrade-Kandidaten (Standard 10), für Film-IDs (Radarr) oder Episoden-IDs (Sonarr) oder für Dateien nach ihrer file_id. Höchstens searches_per_hour Einträge je Instanz; Einträge, die innerhalb von search_cooldown_days gesucht wurden, werden übersprungen (--force sucht trotzdem nach ihnen). Fragt vorher; ohne Terminal nur mit --yes. --dry-run sendet nichts.</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr which releases their indexers offer now for the top N upgrade candidates (default 5) or for movie ids (Radarr) or episode ids (Sonarr), and whether one is better than the file. Each lookup queries every indexer: one at a time, at most release_lookups_per_hour per instance. Grabs nothing.</source>
        <translation>Radarr/Sonarr fragen, welche Releases ihre Indexer jetzt für die besten N Upgrade-Kandidaten (Standard 5) oder für Film-IDs (Radarr) oder Episoden-IDs (Sonarr) anbieten und ob eines besser ist als die Datei. Jede Abfrage fragt jeden Indexer an: eine nach der anderen, höchstens release_lookups_per_hour je Instanz. Holt nichts.</translation>
    </message>
    <message>
        <source>Grab the better release the item&apos;s latest lookup picked (or the release of that lookup --guid names). Asks first; without a terminal only with --yes.</source>
        <translation>Das bessere Release holen, das die letzte Abfrage des Eintrags gewählt hat (oder das Release dieser Abfrage, das --guid nennt). Fragt vorher; ohne Terminal nur mit --yes.</translation>
    </message>
    <message>
        <source>The searches and grabs sent, their states and what each item got from them (upgraded, unchanged, pending), and how often searching worked.</source>
        <translation>Die gesendeten Suchen und Holaufträge, ihr Status und was jeder Eintrag davon hatte (verbessert, unverändert, ausstehend), und wie oft die Suche Erfolg hatte.</translation>
    </message>
    <message>
        <source>Act without asking.</source>
        <translation>Ohne Rückfrage handeln.</translation>
    </message>
    <message>
        <source>Fetch every file&apos;s score from each instance and store one snapshot per instance. --notify (or notify_after_sync: true) sends what changed to the notification targets; --report writes the HTML report in the same run.</source>
        <translation>Den Score jeder Datei von jeder Instanz abrufen und je Instanz einen Snapshot speichern. --notify (oder notify_after_sync: true) sendet die Änderungen an die Benachrichtigungsziele; --report schreibt im selben Lauf den HTML-Bericht.</translation>
    </message>
    <message>
        <source>One movie&apos;s or episode&apos;s score over time, with the file, quality and profile behind each point; then the server&apos;s own events for it (grabs, imports, failures, deletions, with the score the server kept at each step), as the syncs read them.</source>
        <translation>Der Score eines Films oder einer Episode im Zeitverlauf, mit Datei, Qualität und Profil hinter jedem Punkt; danach die eigenen Ereignisse des Servers dazu (Holvorgänge, Importe, Fehlschläge, Löschungen, mit dem Score, den der Server bei jedem Schritt gespeichert hat), wie die Synchronisierungen sie gelesen haben.</translation>
    </message>
    <message>
        <source>Why items did (or did not) upgrade, from the servers&apos; own history as the syncs stored it: findings by kind (upgrade-loop, grab-import-mismatch, import-current-mismatch, score-mismatch, repeated-failure), each with an explanation and the item&apos;s events.</source>
        <translation>Warum Einträge (nicht) verbessert wurden, aus dem eigenen Verlauf der Server, wie die Synchronisierungen ihn gespeichert haben: Befunde nach Art (upgrade-loop, grab-import-mismatch, import-current-mismatch, score-mismatch, repeated-failure), jeder mit einer Erklärung und den Ereignissen des Eintrags.</translation>
    </message>
    <message>
        <source>Instances of one kind side by side (a 4K and a 1080p Radarr): each shared movie or episode with its quality and score in every instance, items only some have, and profiles of the same name whose format scores differ. Needs two synced instances of one kind.</source>
        <translation>Instanzen einer Art nebeneinander (ein 4K- und ein 1080p-Radarr): jeder gemeinsame Film bzw. jede gemeinsame Episode mit Qualität und Score in jeder Instanz, Einträge, die nur manche haben, und gleichnamige Profile, deren Format-Scores sich unterscheiden. Braucht zwei synchronisierte Instanzen einer Art.</translation>
    </message>
    <message>
        <source>Send a sample message to every configured notification target (or the named ones) and say per target whether it arrived.</source>
        <translation>Eine Beispielnachricht an jedes konfigurierte Benachrichtigungsziel (oder die genannten) senden und je Ziel sagen, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Sync by itself: install a systemd user timer (or print the crontab line where there is no systemd; on Windows and macOS the task or plist to set up), show when it runs, remove it. At most every 15 minutes; --every takes 30m, 6h, 1d.</source>
        <translation>Selbsttätig synchronisieren: einen systemd-Benutzer-Timer einrichten (oder die crontab-Zeile ausgeben, wo es kein systemd gibt; unter Windows und macOS die einzurichtende Aufgabe bzw. plist), anzeigen, wann er läuft, ihn entfernen. Höchstens alle 15 Minuten; --every nimmt 30m, 6h, 1d.</translation>
    </message>
    <message>
        <source>
Global options:
  --config FILE   the configuration (default: $ARRSCORE_CONFIG, ./arrscore.yaml, then the
                  platform config directory)
  -q, --quiet     only errors
  -v, --verbose   log what happens (twice: also every request, never with its key)
  --log-format text|json  json: one JSON object per line on stderr (default:
                  $ARRSCORE_LOG_FORMAT, else text; see docs/LOGGING.md)
  --log-file PATH also write the log to PATH, rotated at --log-file-size (default
                  10M), keeping PATH.1 to PATH.3
  -h, --help      this help; COMMAND --help for a command&apos;s options
  --version       the version

Exit codes: 0 ok, 1 failed, 2 usage or configuration error, 3 some instances failed (or, after a sync, a notification or the report), 130 cancelled.
</source>
        <translation>
Globale Optionen:
  --config DATEI  die Konfiguration (Standard: $ARRSCORE_CONFIG, ./arrscore.yaml, dann das
                  Konfigurationsverzeichnis der Plattform)
  -q, --quiet     nur Fehler
  -v, --verbose   protokollieren, was geschieht (zweimal: auch jede Anfrage, nie mit ihrem Schlüssel)
  --log-format text|json  json: ein JSON-Objekt pro Zeile auf stderr (Standard:
                  $ARRSCORE_LOG_FORMAT, sonst text; siehe docs/LOGGING.md)
  --log-file PFAD das Protokoll auch nach PFAD schreiben, rotiert bei --log-file-size
                  (Standard 10M), PFAD.1 bis PFAD.3 bleiben erhalten
  -h, --help      diese Hilfe; BEFEHL --help für die Optionen eines Befehls
  --version       die Version

Exit-Codes: 0 OK, 1 fehlgeschlagen, 2 Aufruf- oder Konfigurationsfehler, 3 einige Instanzen fehlgeschlagen (oder, nach einer Synchronisierung, eine Benachrichtigung oder der Bericht), 130 abgebrochen.
</translation>
    </message>
    <message>
        <source>--log-format must be text or json, not &quot;%1&quot;.</source>
        <translation>--log-format muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>ARRSCORE_LOG_FORMAT must be text or json, not &quot;%1&quot;.</source>
        <translation>ARRSCORE_LOG_FORMAT muss text oder json sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--log-file-size must be a size of at least 4k, like 512k, 10M or 1G; got &quot;%1&quot;.</source>
        <translation>--log-file-size muss eine Größe von mindestens 4k sein, etwa 512k, 10M oder 1G; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--log-file-size needs --log-file PATH.</source>
        <translation>--log-file-size braucht --log-file PFAD.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>Also log to this file.</source>
        <translation>Auch in diese Datei protokollieren.</translation>
    </message>
    <message>
        <source>Rotate the log file at this size.</source>
        <translation>Die Protokolldatei bei dieser Größe rotieren.</translation>
    </message>
</context>
<context>
    <name>arrscore::CliContext</name>
    <message>
        <source>Nothing is stored yet: %1 does not exist. Run &quot;arrscore sync&quot; first.</source>
        <translation>Noch nichts gespeichert: %1 existiert nicht. Führen Sie zuerst &quot;arrscore sync&quot; aus.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>arrscore::CommandFollower</name>
    <message>
        <source>The server no longer knows this command (it keeps finished commands for a day).</source>
        <translation>Der Server kennt diesen Befehl nicht mehr (er behält abgeschlossene Befehle einen Tag lang).</translation>
    </message>
</context>
<context>
    <name>arrscore::ComparePage</name>
    <message>
        <source>First instance</source>
        <translation>Erste Instanz</translation>
    </message>
    <message>
        <source>Second instance</source>
        <translation>Zweite Instanz</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;mit:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Compare shows two instances of the same kind side by side, such as a 4K and a 1080p Radarr: the items both have with each one&apos;s file, quality and score, the items only one has, and the custom formats their profiles of the same name score differently.

It needs two Radarr or two Sonarr instances, both synced. Add another with File › Add Instance, then sync (F5).</source>
        <translation>Der Vergleich zeigt zwei Instanzen derselben Art nebeneinander, etwa ein 4K- und ein 1080p-Radarr: die Einträge, die beide haben, mit Datei, Qualität und Score in jeder, die Einträge, die nur eine hat, und die Custom Formats, die ihre gleichnamigen Profile unterschiedlich bewerten.

Er braucht zwei Radarr- oder zwei Sonarr-Instanzen, beide synchronisiert. Fügen Sie mit Datei › Instanz hinzufügen eine weitere hinzu und synchronisieren Sie dann (F5).</translation>
    </message>
    <message>
        <source>Items in both instances</source>
        <translation>Einträge in beiden Instanzen</translation>
    </message>
    <message>
        <source>Items in only one instance</source>
        <translation>Einträge in nur einer Instanz</translation>
    </message>
    <message>
        <source>Profile drift</source>
        <translation>Profilabweichungen</translation>
    </message>
    <message>
        <source>Each item both instances have a file for, with its quality and score in each. &lt;i&gt;Difference&lt;/i&gt; is the second instance&apos;s score minus the first&apos;s.</source>
        <translation>Jeder Eintrag, für den beide Instanzen eine Datei haben, mit Qualität und Score in jeder. &lt;i&gt;Differenz&lt;/i&gt; ist der Score der zweiten Instanz minus dem der ersten.</translation>
    </message>
    <message>
        <source>Items that only one of the two instances has a file for.</source>
        <translation>Einträge, für die nur eine der beiden Instanzen eine Datei hat.</translation>
    </message>
    <message>
        <source>Custom formats that the two instances&apos; profiles of the same name score differently, format by format. A format a profile does not list counts as 0.</source>
        <translation>Custom Formats, die die gleichnamigen Profile der beiden Instanzen unterschiedlich bewerten, Format für Format. Ein Format, das ein Profil nicht aufführt, zählt als 0.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche …</translation>
    </message>
    <message>
        <source>In both (%1)</source>
        <translation>In beiden (%1)</translation>
    </message>
    <message>
        <source>Only in one (%1)</source>
        <translation>Nur in einer (%1)</translation>
    </message>
    <message>
        <source>Profile drift (%1)</source>
        <translation>Profilabweichungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in both</source>
        <translation>
            <numerusform>%Ln Eintrag in beiden</numerusform>
            <numerusform>%Ln Einträge in beiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in one</source>
        <translation>
            <numerusform>%Ln nur in einer</numerusform>
            <numerusform>%Ln nur in einer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln formats scored differently</source>
        <translation>
            <numerusform>%Ln Format unterschiedlich bewertet</numerusform>
            <numerusform>%Ln Formate unterschiedlich bewertet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::CompareRows</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Quality in %1</source>
        <translation>Qualität in %1</translation>
    </message>
    <message>
        <source>Score in %1</source>
        <translation>Score in %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Profile in %1</source>
        <translation>Profil in %1</translation>
    </message>
    <message>
        <source>File in %1</source>
        <translation>Datei in %1</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Nur in</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Custom Format</translation>
    </message>
</context>
<context>
    <name>arrscore::ConfigLoader</name>
    <message>
        <source>expected an http:// or https:// URL with a host, e.g. http://localhost:7878/radarr</source>
        <translation>erwartet eine http://- oder https://-URL mit Host, z. B. http://localhost:7878/radarr</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>erhalten: „%1“</translation>
    </message>
    <message>
        <source>expected a base URL without a ?query or #fragment</source>
        <translation>erwartet eine Basis-URL ohne ?Abfrage oder #Fragment</translation>
    </message>
    <message>
        <source>the configuration file %1 (%2) does not exist</source>
        <translation>die Konfigurationsdatei %1 (%2) existiert nicht</translation>
    </message>
    <message>
        <source>the configuration file %1 (%2) is not a file</source>
        <translation>die Konfigurationsdatei %1 (%2) ist keine Datei</translation>
    </message>
    <message>
        <source>given by --config</source>
        <translation>per --config angegeben</translation>
    </message>
    <message>
        <source>named by ARRSCORE_CONFIG</source>
        <translation>in ARRSCORE_CONFIG genannt</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>die Konfigurationsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>environment variable %1: %2</source>
        <translation>Umgebungsvariable %1: %2</translation>
    </message>
    <message>
        <source>expected a mapping of &quot;key: value&quot; lines</source>
        <translation>erwartet eine Zuordnung aus Zeilen der Form „Schlüssel: Wert“</translation>
    </message>
    <message>
        <source>expected a plain key name</source>
        <translation>erwartet einen einfachen Schlüsselnamen</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>doppelt angegeben</translation>
    </message>
    <message>
        <source>unknown key %1 ignored</source>
        <translation>unbekannter Schlüssel %1 ignoriert</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(meinten Sie „%1“?)</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>erwartet einen Textwert</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet eine ganze Zahl von %1 bis %2, erhalten: %3</translation>
    </message>
    <message>
        <source>a list or mapping</source>
        <translation>eine Liste oder Zuordnung</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>erwartet true oder false, erhalten: %1</translation>
    </message>
    <message>
        <source>set either &quot;api_key&quot; or &quot;api_key_env&quot;, not both</source>
        <translation>setzen Sie entweder „api_key“ oder „api_key_env“, nicht beide</translation>
    </message>
    <message>
        <source>set only one of &quot;api_key&quot;, &quot;api_key_env&quot; and &quot;api_key_keychain&quot;</source>
        <translation>setzen Sie nur einen von „api_key“, „api_key_env“ und „api_key_keychain“</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>must not contain spaces or line breaks</source>
        <translation>darf keine Leerzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>missing &quot;api_key&quot; (or &quot;api_key_env&quot;, or the variable ARRSCORE_%1_API_KEY)</source>
        <translation>„api_key“ fehlt (oder „api_key_env“, oder die Variable ARRSCORE_%1_API_KEY)</translation>
    </message>
    <message>
        <source>missing &quot;name&quot;</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, got %1</source>
        <translation>erwartet Kleinbuchstaben, Ziffern, „-“ oder „_“, erhalten: %1</translation>
    </message>
    <message>
        <source>missing &quot;type&quot; (&quot;radarr&quot; or &quot;sonarr&quot;)</source>
        <translation>„type“ fehlt („radarr“ oder „sonarr“)</translation>
    </message>
    <message>
        <source>expected &quot;radarr&quot; or &quot;sonarr&quot;, got %1</source>
        <translation>erwartet „radarr“ oder „sonarr“, erhalten: %1</translation>
    </message>
    <message>
        <source>missing &quot;url&quot; (e.g. http://localhost:7878)</source>
        <translation>„url“ fehlt (z. B. http://localhost:7878)</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hex digits, colons allowed, e.g. &quot;sha256:AB:CD:…&quot;</source>
        <translation>erwartet einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern, Doppelpunkte erlaubt, z. B. „sha256:AB:CD:…“</translation>
    </message>
    <message>
        <source>%1 is set, but the configuration file defines its own instances and none named &quot;%2&quot;; the variable is ignored</source>
        <translation>%1 ist gesetzt, aber die Konfigurationsdatei definiert eigene Instanzen und keine namens „%2“; die Variable wird ignoriert</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not; no %3 instance is defined from the environment</source>
        <translation>%1 ist gesetzt, %2 aber nicht; aus der Umgebung wird keine %3-Instanz definiert</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>Umgebung (%1)</translation>
    </message>
    <message>
        <source>environment variable %1 matches no configured instance; it is ignored</source>
        <translation>die Umgebungsvariable %1 passt zu keiner konfigurierten Instanz; sie wird ignoriert</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>expected a list of instances (lines starting with &quot;- &quot;)</source>
        <translation>erwartet eine Liste von Instanzen (Zeilen, die mit „- “ beginnen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>„%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>expected the name of an environment variable that holds the key (e.g. RADARR_API_KEY), but this looks like a key itself. Put the key in &quot;api_key&quot;, or let the app keep it in the keychain (&quot;api_key_keychain: true&quot;, set in Settings › Instances), or put it in an environment variable and name that variable here.</source>
        <translation>erwartet den Namen einer Umgebungsvariablen, die den Schlüssel enthält (z. B. RADARR_API_KEY), aber dies sieht selbst wie ein Schlüssel aus. Schreiben Sie den Schlüssel in „api_key“, lassen Sie ihn von der App im Schlüsselbund aufbewahren („api_key_keychain: true“, einzustellen unter Einstellungen › Instanzen) oder legen Sie ihn in einer Umgebungsvariablen ab und nennen Sie hier deren Namen.</translation>
    </message>
    <message>
        <source>expected the name of an environment variable (letters, digits and &apos;_&apos;, not starting with a digit, e.g. RADARR_API_KEY), got %1</source>
        <translation>erwartet den Namen einer Umgebungsvariablen (Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang, z. B. RADARR_API_KEY), erhalten: %1</translation>
    </message>
    <message>
        <source>expected 0 (unlimited) or a number from %1 to %2, got %3</source>
        <translation>erwartet 0 (unbegrenzt) oder eine Zahl von %1 bis %2, erhalten: %3</translation>
    </message>
    <message>
        <source>keeps nothing: set at least one of %1 above 0, or remove the section to keep every snapshot</source>
        <translation>behält nichts: setzen Sie mindestens eines von %1 über 0 oder entfernen Sie den Abschnitt, um jeden Snapshot zu behalten</translation>
    </message>
    <message>
        <source>expected a list of notification targets (lines starting with &quot;- &quot;)</source>
        <translation>erwartet eine Liste von Benachrichtigungszielen (Zeilen, die mit „- “ beginnen)</translation>
    </message>
    <message>
        <source>missing &quot;type&quot; (one of discord, slack, ntfy, gotify, webhook, email)</source>
        <translation>„type“ fehlt (eines von discord, slack, ntfy, gotify, webhook, email)</translation>
    </message>
    <message>
        <source>expected one of discord, slack, ntfy, gotify, webhook, email, got %1</source>
        <translation>erwartet eines von discord, slack, ntfy, gotify, webhook, email, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL with a host</source>
        <translation>erwartet eine http://- oder https://-URL mit Host</translation>
    </message>
    <message>
        <source>missing &quot;topic&quot; (the ntfy topic to publish to)</source>
        <translation>„topic“ fehlt (das ntfy-Topic, in dem veröffentlicht wird)</translation>
    </message>
    <message>
        <source>expected letters, digits, &apos;-&apos; or &apos;_&apos; (at most 64), got %1</source>
        <translation>erwartet Buchstaben, Ziffern, „-“ oder „_“ (höchstens 64), erhalten: %1</translation>
    </message>
    <message>
        <source>expected a tag or a list of tags</source>
        <translation>erwartet ein Tag oder eine Liste von Tags</translation>
    </message>
    <message>
        <source>missing &quot;smtp_url&quot; (e.g. smtps://mail.example.com:465)</source>
        <translation>„smtp_url“ fehlt (z. B. smtps://mail.example.com:465)</translation>
    </message>
    <message>
        <source>expected smtps://HOST[:PORT] (TLS) or smtp://HOST[:PORT] with &quot;starttls: true&quot;; the user name and password go in &quot;username&quot; and &quot;password&quot;</source>
        <translation>erwartet smtps://HOST[:PORT] (TLS) oder smtp://HOST[:PORT] mit „starttls: true“; Benutzername und Passwort gehören in „username“ und „password“</translation>
    </message>
    <message>
        <source>smtps:// is encrypted from the start; &quot;starttls: true&quot; is for smtp:// URLs</source>
        <translation>smtps:// ist von Anfang an verschlüsselt; „starttls: true“ ist für smtp://-URLs</translation>
    </message>
    <message>
        <source>an smtp:// server other than this computer needs &quot;starttls: true&quot; (or use smtps://): mail and password would cross the network unencrypted</source>
        <translation>ein smtp://-Server außer diesem Computer braucht „starttls: true“ (oder verwenden Sie smtps://): E-Mail und Passwort gingen sonst unverschlüsselt über das Netz</translation>
    </message>
    <message>
        <source>missing &quot;from&quot; (the sender&apos;s address)</source>
        <translation>„from“ fehlt (die Adresse des Absenders)</translation>
    </message>
    <message>
        <source>expected an e-mail address, got %1</source>
        <translation>erwartet eine E-Mail-Adresse, erhalten: %1</translation>
    </message>
    <message>
        <source>missing &quot;to&quot; (an address or a list of addresses)</source>
        <translation>„to“ fehlt (eine Adresse oder eine Liste von Adressen)</translation>
    </message>
    <message>
        <source>a password is set but no &quot;username&quot; to log in with</source>
        <translation>ein Passwort ist gesetzt, aber kein „username“ zum Anmelden</translation>
    </message>
    <message>
        <source>%1 is not a readable file (PEM certificates)</source>
        <translation>%1 ist keine lesbare Datei (PEM-Zertifikate)</translation>
    </message>
    <message>
        <source>expected a list of events: [changes, failures]</source>
        <translation>erwartet eine Liste von Ereignissen: [changes, failures]</translation>
    </message>
    <message>
        <source>expected &quot;changes&quot; or &quot;failures&quot;, got %1</source>
        <translation>erwartet „changes“ oder „failures“, erhalten: %1</translation>
    </message>
    <message>
        <source>name at least one event: [changes, failures]</source>
        <translation>nennen Sie mindestens ein Ereignis: [changes, failures]</translation>
    </message>
    <message>
        <source>expected an address or a list of addresses</source>
        <translation>erwartet eine Adresse oder eine Liste von Adressen</translation>
    </message>
    <message>
        <source>set only one of &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>setzen Sie nur einen von „%1“, „%2“ und „%3“</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (or &quot;%2&quot;, or &quot;%3: true&quot;)</source>
        <translation>„%1“ fehlt (oder „%2“, oder „%3: true“)</translation>
    </message>
</context>
<context>
    <name>arrscore::ConfigWriter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 has no instance named &quot;%2&quot;.</source>
        <translation>%1 hat keine Instanz namens „%2“.</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of &quot;key: value&quot; lines; fix it or move it away first. It has not been changed.</source>
        <translation>%1 ist keine YAML-Zuordnung aus „Schlüssel: Wert“-Zeilen; korrigieren Sie die Datei oder verschieben Sie sie zuerst. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is in the older tool&apos;s format (radarr:/sonarr:). Move those settings to an &quot;instances:&quot; list (see README.md) before adding instances in the app. It has not been changed.</source>
        <translation>%1 hat das Format des älteren Werkzeugs (radarr:/sonarr:). Verschieben Sie diese Einstellungen in eine Liste „instances:“ (siehe README.md), bevor Sie in der App Instanzen hinzufügen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3); fix it first, or move it away to start a new one. It has not been changed.</source>
        <translation>%1 ist kein gültiges YAML (Zeile %2: %3); korrigieren Sie die Datei zuerst oder verschieben Sie sie, um neu anzufangen. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1 as %2 (%3); nothing was changed.</source>
        <translation>Von %1 kann keine Sicherung als %2 angelegt werden (%3); nichts wurde verändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a list; fix it first. It has not been changed.</source>
        <translation>„%1“ in %2 ist keine Liste; korrigieren Sie das zuerst. Die Datei wurde nicht geändert.</translation>
    </message>
</context>
<context>
    <name>arrscore::CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>arrscore::DashboardPage</name>
    <message>
        <source>Scores by profile</source>
        <translation>Scores nach Profil</translation>
    </message>
    <message>
        <source>Files by quality</source>
        <translation>Dateien nach Qualität</translation>
    </message>
    <message>
        <source>Files by resolution</source>
        <translation>Dateien nach Auflösung</translation>
    </message>
    <message>
        <source>Custom formats that move scores most</source>
        <translation>Custom Formats, die Scores am stärksten bewegen</translation>
    </message>
    <message>
        <source>Upgrade candidates by profile</source>
        <translation>Upgrade-Kandidaten nach Profil</translation>
    </message>
    <message>
        <source>Score trend across syncs</source>
        <translation>Score-Verlauf über die Synchronisierungen</translation>
    </message>
    <message>
        <source>No files to chart. Sync a Radarr or Sonarr instance, or clear the library filter.</source>
        <translation>Keine Dateien für ein Diagramm. Synchronisieren Sie eine Radarr- oder Sonarr-Instanz oder setzen Sie den Bibliotheksfilter zurück.</translation>
    </message>
    <message>
        <source>The profile whose scores are shown</source>
        <translation>Das Profil, dessen Scores gezeigt werden</translation>
    </message>
    <message>
        <source>Each format&apos;s score in the file&apos;s profile, added up over the files that match it.</source>
        <translation>Der Score jedes Formats im Profil der Datei, summiert über die Dateien, zu denen es passt.</translation>
    </message>
    <message>
        <source>Mean score (solid, left axis) and upgrade candidates (dashed, right axis) at each sync.</source>
        <translation>Mittlerer Score (durchgezogen, linke Achse) und Upgrade-Kandidaten (gestrichelt, rechte Achse) je Synchronisierung.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file has a quality profile the sync knows.</source>
        <translation>Keine Datei hat ein Qualitätsprofil, das die Synchronisierung kennt.</translation>
    </message>
    <message>
        <source>The files of “%1” have no custom format score: the server does not score them (Sonarr v3).</source>
        <translation>Die Dateien von „%1“ haben keinen Custom-Format-Score: Der Server bewertet sie nicht (Sonarr v3).</translation>
    </message>
    <message>
        <source>Cutoff score %1. Click a bar to list its files.</source>
        <translation>Cutoff-Score %1. Klicken Sie auf einen Balken, um seine Dateien aufzulisten.</translation>
    </message>
    <message>
        <source>Below the cutoff</source>
        <translation>Unter dem Cutoff</translation>
    </message>
    <message>
        <source>At or above the cutoff</source>
        <translation>Am oder über dem Cutoff</translation>
    </message>
    <message>
        <source>Custom format score, bins of %1 from the value shown</source>
        <translation>Custom-Format-Score, Klassen zu je %1 ab dem gezeigten Wert</translation>
    </message>
    <message>
        <source>Custom format score</source>
        <translation>Custom-Format-Score</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No custom format changes the score of these files.</source>
        <translation>Kein Custom Format ändert den Score dieser Dateien.</translation>
    </message>
    <message>
        <source>Raises scores</source>
        <translation>Hebt Scores</translation>
    </message>
    <message>
        <source>Lowers scores</source>
        <translation>Senkt Scores</translation>
    </message>
    <message>
        <source>Points, all files together</source>
        <translation>Punkte, alle Dateien zusammen</translation>
    </message>
    <message>
        <source>Upgrade candidates</source>
        <translation>Upgrade-Kandidaten</translation>
    </message>
    <message>
        <source>Below a cutoff, upgrades off</source>
        <translation>Unter einem Cutoff, Upgrades aus</translation>
    </message>
    <message>
        <source>Cutoffs met</source>
        <translation>Cutoffs erreicht</translation>
    </message>
    <message>
        <source>No sync history yet: the trend appears once a sync is stored.</source>
        <translation>Noch kein Synchronisierungsverlauf: Der Verlauf erscheint, sobald eine Synchronisierung gespeichert ist.</translation>
    </message>
    <message>
        <source>%1 mean score</source>
        <translation>%1 mittlerer Score</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 Kandidaten</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 am %2: %3</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mittlerer Score</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Millions of points, all files together</source>
        <translation>Millionen Punkte, alle Dateien zusammen</translation>
    </message>
    <message>
        <source>Thousands of points, all files together</source>
        <translation>Tausende Punkte, alle Dateien zusammen</translation>
    </message>
    <message numerus="yes">
        <source>Score %1: %Ln files</source>
        <translation>
            <numerusform>Score %1: %Ln Datei</numerusform>
            <numerusform>Score %1: %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores %1 to %2: %Ln files</source>
        <translation>
            <numerusform>Scores %1 bis %2: %Ln Datei</numerusform>
            <numerusform>Scores %1 bis %2: %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most common of %Ln qualities.</source>
        <translation>
            <numerusform>Die %1 häufigsten von %Ln Qualität.</numerusform>
            <numerusform>Die %1 häufigsten von %Ln Qualitäten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files</source>
        <translation>
            <numerusform>%1: %Ln Datei</numerusform>
            <numerusform>%1: %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points over %Ln files</source>
        <translation>
            <numerusform>%1: %2 Punkte über %Ln Datei</numerusform>
            <numerusform>%1: %2 Punkte über %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 among %2.</source>
        <translation>%1 unter %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade candidates</source>
        <translation>
            <numerusform>%Ln Upgrade-Kandidat</numerusform>
            <numerusform>%Ln Upgrade-Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 largest of %Ln profiles.</source>
        <translation>
            <numerusform>Die %1 größten von %Ln Profil.</numerusform>
            <numerusform>Die %1 größten von %Ln Profilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln files are upgrade candidates</source>
        <translation>
            <numerusform>%1: %2 von %Ln Datei sind Upgrade-Kandidaten</numerusform>
            <numerusform>%1: %2 von %Ln Dateien sind Upgrade-Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files below a cutoff, but the profile does not allow upgrades</source>
        <translation>
            <numerusform>%1: %Ln Datei unter einem Cutoff, aber das Profil erlaubt keine Upgrades</numerusform>
            <numerusform>%1: %Ln Dateien unter einem Cutoff, aber das Profil erlaubt keine Upgrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files meet both cutoffs</source>
        <translation>
            <numerusform>%1: %Ln Datei erreicht beide Cutoffs</numerusform>
            <numerusform>%1: %Ln Dateien erreichen beide Cutoffs</numerusform>
        </translation>
    </message>
    <message>
        <source>Quality profile of the score distribution</source>
        <translation>Qualitätsprofil der Score-Verteilung</translation>
    </message>
</context>
<context>
    <name>arrscore::Database</name>
    <message>
        <source>No database location is set. Give a file path or a postgresql:// URL.</source>
        <translation>Kein Speicherort für die Datenbank festgelegt. Geben Sie einen Dateipfad oder eine postgresql://-URL an.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database %1.</source>
        <translation>Das Schreiben in die Datenbank %1 kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Cannot save the changes to the database %1.</source>
        <translation>Die Änderungen können nicht in der Datenbank %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Another program is using the database; try again when it has finished.</source>
        <translation>Ein anderes Programm verwendet die Datenbank; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>Die Datei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file, e.g. %2.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 is not an Arr Score Exporter database (it is not an SQLite file). It has not been changed; choose another file or move this one away.</source>
        <translation>%1 ist keine Datenbank von Arr Score Exporter (es ist keine SQLite-Datei). Sie wurde nicht verändert; wählen Sie eine andere Datei oder verschieben Sie diese.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2. Check that the path is right and that you may write there.</source>
        <translation>Der Ordner %1 für die Datenbank %2 kann nicht angelegt werden. Prüfen Sie, ob der Pfad stimmt und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an SQLite database. It has not been changed; restore it from a backup or choose another file.</source>
        <translation>%1 ist beschädigt oder keine SQLite-Datenbank. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Arr Score Exporter. It has not been changed; choose another file.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, nicht von Arr Score Exporter. Sie wurde nicht verändert; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1.</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Qt&apos;s QPSQL driver is missing). Install it (on Debian: libqt6sql6-psql) or use an SQLite file.</source>
        <translation>PostgreSQL-Unterstützung ist nicht installiert (Qts QPSQL-Treiber fehlt). Installieren Sie sie (unter Debian: libqt6sql6-psql) oder verwenden Sie eine SQLite-Datei.</translation>
    </message>
    <message>
        <source>The database URL %1 is not valid. Write it as postgresql://user@host:port/dbname.</source>
        <translation>Die Datenbank-URL %1 ist ungültig. Schreiben Sie sie als postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The database URL %1 has an option that cannot be used: %2.</source>
        <translation>Die Datenbank-URL %1 enthält eine Option, die nicht verwendet werden kann: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password for %1. Check the user in the URL and the password (ARRSCORE_DB_PASSWORD).</source>
        <translation>Der PostgreSQL-Server hat Benutzername oder Passwort für %1 abgelehnt. Prüfen Sie den Benutzer in der URL und das Passwort (ARRSCORE_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>The PostgreSQL database or user of %1 does not exist. Create it (createdb) or fix the URL.</source>
        <translation>Die PostgreSQL-Datenbank oder der Benutzer von %1 existiert nicht. Legen Sie sie an (createdb) oder korrigieren Sie die URL.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server of %1. Check that it is running and that the host and port are right.</source>
        <translation>Keine Verbindung zum PostgreSQL-Server von %1. Prüfen Sie, ob er läuft und Host und Port stimmen.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the database %1.</source>
        <translation>Die Schemaversion der Datenbank %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Arr Score Exporter (schema %2, this version knows %3). Upgrade the app to use this database; it has not been changed.</source>
        <translation>%1 wurde von einer neueren Version von Arr Score Exporter geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie die App, um diese Datenbank zu verwenden; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This build of Arr Score Exporter is incomplete: schema %1 is missing.</source>
        <translation>Dieser Build von Arr Score Exporter ist unvollständig: Schema %1 fehlt.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2. It has been left as it was.</source>
        <translation>Die Datenbank %1 kann nicht auf Schema %2 aktualisiert werden. Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>the file system is mounted read-only</source>
        <translation>das Dateisystem ist schreibgeschützt eingehängt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The database %1 can only be read: %2. Reading it works (report, analyze, history, export); syncing and pruning need to write to it. Make the file and its folder writable for this user, or use another database.</source>
        <translation>Die Datenbank %1 kann nur gelesen werden: %2. Lesen funktioniert (report, analyze, history, export); Synchronisieren und das Löschen alter Snapshots müssen in sie schreiben. Machen Sie die Datei und ihren Ordner für diesen Benutzer beschreibbar oder verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was stored.</source>
        <translation>Der Datenträger ist voll: Geben Sie Speicherplatz frei und versuchen Sie es erneut. Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The file or its folder is not writable: check their owner and permissions, and that the disk is not mounted read-only.</source>
        <translation>Die Datei oder ihr Ordner ist nicht beschreibbar: Prüfen Sie Eigentümer und Berechtigungen und ob der Datenträger schreibgeschützt eingehängt ist.</translation>
    </message>
    <message>
        <source>The disk reported an error: check it, then try again.</source>
        <translation>Der Datenträger hat einen Fehler gemeldet: Prüfen Sie ihn und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check its owner and permissions.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden (%2). Prüfen Sie Eigentümer und Berechtigungen.</translation>
    </message>
    <message>
        <source>the file is not writable (%1)</source>
        <translation>die Datei ist nicht beschreibbar (%1)</translation>
    </message>
    <message>
        <source>its folder %1 is not writable (%2)</source>
        <translation>ihr Ordner %1 ist nicht beschreibbar (%2)</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable (%3).</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar (%3).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Die Datenbankdatei %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another sync, or a tool holding it open). It is not damaged; try again when that program has finished.</source>
        <translation>%1 ist von einem anderen Programm gesperrt (einer anderen Synchronisierung oder einem Werkzeug, das sie geöffnet hält). Sie ist nicht beschädigt; versuchen Sie es erneut, wenn dieses Programm fertig ist.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It is not damaged; make the file and its folder readable and writable for this user.</source>
        <translation>%1 kann nicht geöffnet werden: %2. Sie ist nicht beschädigt; machen Sie die Datei und ihren Ordner für diesen Benutzer les- und beschreibbar.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk is full. Free some space and try again; the database has not been changed.</source>
        <translation>%1 kann nicht geöffnet werden: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk reported an error. Check the disk, then try again; the database has not been changed.</source>
        <translation>%1 kann nicht gelesen werden: Der Datenträger hat einen Fehler gemeldet. Prüfen Sie ihn und versuchen Sie es dann erneut; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 must be updated to schema %2 (it is at %3) before this version can use it, and it can only be read: %4. Make it writable once so that it can be updated; it has not been changed.</source>
        <translation>%1 muss auf Schema %2 aktualisiert werden (sie ist auf Schema %3), bevor diese Version sie nutzen kann, und sie kann nur gelesen werden: %4. Machen Sie sie einmal beschreibbar, damit sie aktualisiert werden kann; sie wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>arrscore::DemoLibrary</name>
    <message>
        <source>the demo library</source>
        <translation>die Demo-Bibliothek</translation>
    </message>
</context>
<context>
    <name>arrscore::DiffPrinter</name>
    <message>
        <source>%1: snapshot %2 (%3) → %4 (%5)</source>
        <translation>%1: Snapshot %2 (%3) → %4 (%5)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>custom format %1: %2</source>
        <translation>Custom Format %1: %2</translation>
    </message>
    <message>
        <source>redefined</source>
        <translation>neu definiert</translation>
    </message>
    <message>
        <source>%1 — %2 %3 on %4</source>
        <translation>%1 — %2 %3 am %4</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>SNAPSHOT</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SYNCHRONISIERT</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÄT</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>FORMATS</source>
        <translation>FORMATE</translation>
    </message>
</context>
<context>
    <name>arrscore::DiffText</name>
    <message>
        <source>profile %1 → %2</source>
        <translation>Profil %1 → %2</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>redefined: %1</source>
        <translation>neu definiert: %1</translation>
    </message>
    <message>
        <source>now matches: %1</source>
        <translation>passt jetzt: %1</translation>
    </message>
    <message>
        <source>no longer matches: %1</source>
        <translation>passt nicht mehr: %1</translation>
    </message>
    <message>
        <source>cause not recorded</source>
        <translation>Ursache nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln entfernt</numerusform>
            <numerusform>%Ln entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln verbessert</numerusform>
            <numerusform>%Ln verbessert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln verschlechtert</numerusform>
            <numerusform>%Ln verschlechtert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln ersetzt</numerusform>
            <numerusform>%Ln ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln neu bewertet</numerusform>
            <numerusform>%Ln neu bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln geändert</numerusform>
            <numerusform>%Ln geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>verbessert</translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation>verschlechtert</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>re-scored</source>
        <translation>neu bewertet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>arrscore::EmailDelivery</name>
    <message>
        <source>%1: %2 refused the user name or password (SMTP %3); check &quot;username&quot; and &quot;password&quot;</source>
        <translation>%1: %2 hat Benutzername oder Passwort abgelehnt (SMTP %3); prüfen Sie „username“ und „password“</translation>
    </message>
    <message>
        <source>%1: %2 does not offer STARTTLS; use smtps:// if it speaks TLS from the start</source>
        <translation>%1: %2 bietet kein STARTTLS an; verwenden Sie smtps://, wenn der Server von Anfang an TLS spricht</translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 failed (%3); is its certificate valid for this host name, and is the port right for %4?</source>
        <translation>%1: Die TLS-Verbindung zu %2 ist fehlgeschlagen (%3); ist sein Zertifikat für diesen Hostnamen gültig, und ist der Port für %4 richtig?</translation>
    </message>
    <message>
        <source>%1: cannot reach %2 (%3)</source>
        <translation>%1: %2 ist nicht erreichbar (%3)</translation>
    </message>
    <message>
        <source>%1: %2 refused the message (SMTP %3: %4)</source>
        <translation>%1: %2 hat die Nachricht abgelehnt (SMTP %3: %4)</translation>
    </message>
    <message>
        <source>%1: sending through %2 failed (%3)</source>
        <translation>%1: Senden über %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ErrorPanel</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the problems</source>
        <translation>Die Probleme ausblenden</translation>
    </message>
</context>
<context>
    <name>arrscore::EventPrinter</name>
    <message>
        <source>indexer %1</source>
        <translation>Indexer %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ExportCommand</name>
    <message>
        <source>Unknown export format &quot;%1&quot;: use json, csv or html.</source>
        <translation>Unbekanntes Exportformat „%1“: Verwenden Sie json, csv oder html.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: the views are: %2.</source>
        <translation>Unbekannte Ansicht „%1“: Die Ansichten sind: %2.</translation>
    </message>
    <message>
        <source>Nothing to export: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Nichts zu exportieren: %1 enthält noch keinen Snapshot. Führen Sie zuerst &quot;arrscore sync&quot; aus.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 to %3.</source>
        <translation>%1 von %2 nach %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ExportDialog</name>
    <message>
        <source>&amp;CSV</source>
        <translation>&amp;CSV</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;HTML report</source>
        <translation>&amp;HTML-Bericht</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>One row per file, for spreadsheets (UTF-8)</source>
        <translation>Eine Zeile je Datei, für Tabellenkalkulationen (UTF-8)</translation>
    </message>
    <message>
        <source>Every column with its type, for scripts</source>
        <translation>Jede Spalte mit ihrem Typ, für Skripte</translation>
    </message>
    <message>
        <source>One self-contained page with charts and sortable tables, to open in any browser</source>
        <translation>Eine eigenständige Seite mit Diagrammen und sortierbaren Tabellen, in jedem Browser zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Everything: %1 without filters, every instance</source>
        <translation>A&amp;lles: %1 ohne Filter, jede Instanz</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert wird.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Browse…</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie mit „Durchsuchen …“ einen anderen Ort.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v von %m Zeilen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere …</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Geschrieben nach %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %2 of %Ln rows (filters applied)</source>
        <translation>
            <numerusform>&amp;Aktuelle Ansicht: %1, %2 von %Ln Zeile (gefiltert)</numerusform>
            <numerusform>&amp;Aktuelle Ansicht: %1, %2 von %Ln Zeilen (gefiltert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %Ln rows</source>
        <translation>
            <numerusform>&amp;Aktuelle Ansicht: %1, %Ln Zeile</numerusform>
            <numerusform>&amp;Aktuelle Ansicht: %1, %Ln Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::Exporter</name>
    <message>
        <source>unknown export view &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannte Exportansicht „%1“; erwartet wird eine von: %2</translation>
    </message>
    <message>
        <source>no synced data for the instance &quot;%1&quot;</source>
        <translation>keine synchronisierten Daten für die Instanz „%1“</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>die Ausgabe</translation>
    </message>
    <message>
        <source>cannot write the export to %1: %2</source>
        <translation>der Export kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>sie ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>arrscore::FileColumns</name>
    <message>
        <source>Name of the Radarr/Sonarr instance</source>
        <translation>Name der Radarr/Sonarr-Instanz</translation>
    </message>
    <message>
        <source>&quot;movie&quot; or &quot;episode&quot;</source>
        <translation>&quot;movie&quot; oder &quot;episode&quot;</translation>
    </message>
    <message>
        <source>Movie id, or series id for an episode file</source>
        <translation>Film-ID, oder Serien-ID bei einer Episodendatei</translation>
    </message>
    <message>
        <source>Movie file or episode file id on the server</source>
        <translation>ID der Film- oder Episodendatei auf dem Server</translation>
    </message>
    <message>
        <source>Movie title, or series title for an episode file</source>
        <translation>Filmtitel, oder Serientitel bei einer Episodendatei</translation>
    </message>
    <message>
        <source>Release year; null when unknown</source>
        <translation>Erscheinungsjahr; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Series title; null for movies</source>
        <translation>Serientitel; null bei Filmen</translation>
    </message>
    <message>
        <source>Season number; null for movies</source>
        <translation>Staffelnummer; null bei Filmen</translation>
    </message>
    <message>
        <source>Episode numbers in the file (several for a multi-episode file)</source>
        <translation>Episodennummern in der Datei (mehrere bei einer Mehrfachepisoden-Datei)</translation>
    </message>
    <message>
        <source>Episode title(s); null for movies</source>
        <translation>Episodentitel; null bei Filmen</translation>
    </message>
    <message>
        <source>Quality, e.g. Bluray-2160p</source>
        <translation>Qualität, z. B. Bluray-2160p</translation>
    </message>
    <message>
        <source>Resolution of the quality, e.g. 2160; null when unknown</source>
        <translation>Auflösung der Qualität, z. B. 2160; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Quality profile name; null when unknown</source>
        <translation>Name des Qualitätsprofils; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Custom formats the file matches</source>
        <translation>Custom Formats, zu denen die Datei passt</translation>
    </message>
    <message>
        <source>Custom format score; null when the server cannot score</source>
        <translation>Custom-Format-Score; null, wenn der Server nicht bewerten kann</translation>
    </message>
    <message>
        <source>Score at which the profile stops upgrading; null when unknown</source>
        <translation>Score, ab dem das Profil keine Upgrades mehr sucht; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Minimum score the profile accepts; null when unknown</source>
        <translation>Mindest-Score, den das Profil akzeptiert; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Whether the profile allows upgrades</source>
        <translation>Ob das Profil Upgrades erlaubt</translation>
    </message>
    <message>
        <source>Whether the server says the quality cutoff is not met</source>
        <translation>Ob der Server meldet, dass der Qualitäts-Cutoff nicht erreicht ist</translation>
    </message>
    <message>
        <source>File size in bytes</source>
        <translation>Dateigröße in Bytes</translation>
    </message>
    <message>
        <source>Path relative to the movie or series folder</source>
        <translation>Pfad relativ zum Film- oder Serienordner</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Release-Gruppe</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Video-Codec</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Audio-Codec</translation>
    </message>
    <message>
        <source>HDR type, e.g. &quot;DV HDR10&quot;; empty for SDR</source>
        <translation>HDR-Typ, z. B. &quot;DV HDR10&quot;; leer bei SDR</translation>
    </message>
    <message>
        <source>When the file was added, UTC; null when unknown</source>
        <translation>Zeitpunkt, zu dem die Datei hinzugefügt wurde, UTC; null, wenn unbekannt</translation>
    </message>
</context>
<context>
    <name>arrscore::FileDetailPane</name>
    <message>
        <source>The score history could not be read: %1</source>
        <translation>Der Score-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No stored sync has this file yet.</source>
        <translation>Noch keine gespeicherte Synchronisierung enthält diese Datei.</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a file to see how its score is made up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Datei, um zu sehen, wie sich ihr Score zusammensetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The profile of this file (id %1) was not in the sync, so its score cannot be explained.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Profil dieser Datei (ID %1) war nicht in der Synchronisierung, daher lässt sich ihr Score nicht erklären.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score in “%1”</source>
        <translation>Score in „%1“</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server does not score files (Sonarr v3 has no custom formats).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Server bewertet keine Dateien (Sonarr v3 hat keine Custom Formats).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;i&gt;matches no custom format&lt;/i&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;0&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;i&gt;passt zu keinem Custom Format&lt;/i&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;0&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Total (computed from the profile)</source>
        <translation>Summe (aus dem Profil berechnet)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cutoff score</source>
        <translation>Cutoff-Score</translation>
    </message>
    <message>
        <source>&lt;p&gt;At or above the cutoff.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Am oder über dem Cutoff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 — the profile&apos;s cutoff is %2: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 — der Cutoff des Profils ist %2: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;below the cutoff&lt;/b&gt;</source>
        <translation>&lt;b&gt;unter dem Cutoff&lt;/b&gt;</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>&lt;p&gt;This profile does not allow upgrades: the file is capped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dieses Profil erlaubt keine Upgrades: Die Datei bleibt, wie sie ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worth having, missing</source>
        <translation>Lohnend, fehlt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Release-Gruppe</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Open in Radarr</source>
        <translation>In Radarr öffnen</translation>
    </message>
    <message>
        <source>Open in Sonarr</source>
        <translation>In Sonarr öffnen</translation>
    </message>
    <message>
        <source>This file has no episode the history knows.</source>
        <translation>Diese Datei hat keine Episode, die der Verlauf kennt.</translation>
    </message>
    <message>
        <source>Reading the score history…</source>
        <translation>Score-Verlauf wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln points below the cutoff.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln Punkt unter dem Cutoff.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln Punkte unter dem Cutoff.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Radarr or Sonarr</source>
        <translation>In Radarr oder Sonarr öffnen</translation>
    </message>
    <message>
        <source>Opens this file&apos;s page on its server in the browser</source>
        <translation>Öffnet die Seite dieser Datei auf ihrem Server im Browser</translation>
    </message>
</context>
<context>
    <name>arrscore::FileRowModel</name>
    <message>
        <source>%1, below the cutoff score %2</source>
        <translation>%1, unter dem Cutoff-Score %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points below the cutoff score %1</source>
        <translation>
            <numerusform>%Ln Punkt unter dem Cutoff-Score %1</numerusform>
            <numerusform>%Ln Punkte unter dem Cutoff-Score %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::FileStaging</name>
    <message>
        <source>The instance changed while its files were being stored.</source>
        <translation>Die Instanz wurde geändert, während ihre Dateien gespeichert wurden.</translation>
    </message>
</context>
<context>
    <name>arrscore::FileTableModel</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>Datei-ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Staffel</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Episoden</translation>
    </message>
    <message>
        <source>Episode title</source>
        <translation>Episodentitel</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Custom Formats</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cutoff score</source>
        <translation>Cutoff-Score</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Mindest-Score</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Upgrades</translation>
    </message>
    <message>
        <source>Below quality cutoff</source>
        <translation>Unter Qualitäts-Cutoff</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Release-Gruppe</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Dynamic range</source>
        <translation>Dynamikumfang</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>arrscore::FilterBar</name>
    <message>
        <source>Upgrade candidates only</source>
        <translation>Nur Upgrade-Kandidaten</translation>
    </message>
    <message>
        <source>Filter by title, release group or path</source>
        <translation>Nach Titel, Release-Gruppe oder Pfad filtern</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Only files of this instance</source>
        <translation>Nur Dateien dieser Instanz</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>Only files in this quality profile</source>
        <translation>Nur Dateien in diesem Qualitätsprofil</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Alle Qualitäten</translation>
    </message>
    <message>
        <source>Only files of this quality</source>
        <translation>Nur Dateien dieser Qualität</translation>
    </message>
    <message>
        <source>All resolutions</source>
        <translation>Alle Auflösungen</translation>
    </message>
    <message>
        <source>Only files of this resolution</source>
        <translation>Nur Dateien dieser Auflösung</translation>
    </message>
    <message>
        <source>Has any format</source>
        <translation>Hat beliebiges Format</translation>
    </message>
    <message>
        <source>Only files that matched this custom format</source>
        <translation>Nur Dateien, zu denen dieses Custom Format passte</translation>
    </message>
    <message>
        <source>Lacks no format</source>
        <translation>Fehlt kein Format</translation>
    </message>
    <message>
        <source>Only files that did not match this custom format</source>
        <translation>Nur Dateien, zu denen dieses Custom Format nicht passte</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Lowest custom format score to show; files without a score are hidden when set</source>
        <translation>Niedrigster anzuzeigender Custom-Format-Score; Dateien ohne Score werden dann ausgeblendet</translation>
    </message>
    <message>
        <source>Highest custom format score to show</source>
        <translation>Höchster anzuzeigender Custom-Format-Score</translation>
    </message>
    <message>
        <source>Only files below their profile&apos;s cutoff score or quality, in a profile that allows upgrades</source>
        <translation>Nur Dateien unter Cutoff-Score oder -Qualität ihres Profils, in einem Profil, das Upgrades erlaubt</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every file again (Ctrl+Shift+F)</source>
        <translation>Wieder jede Datei zeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Shows only the files whose title, release group or path contains this text</source>
        <translation>Zeigt nur die Dateien, deren Titel, Release-Gruppe oder Pfad diesen Text enthält</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigster Score</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchster Score</translation>
    </message>
    <message>
        <source>Better release available</source>
        <translation>Besseres Release verfügbar</translation>
    </message>
    <message>
        <source>Only files whose latest check for better releases found one the server would take (File › Check for Better Releases)</source>
        <translation>Nur Dateien, deren letzte Prüfung ein besseres Release gefunden hat, das der Server nehmen würde (Datei › Auf bessere Releases prüfen)</translation>
    </message>
</context>
<context>
    <name>arrscore::Finding</name>
    <message>
        <source>Upgrade loop</source>
        <translation>Upgrade-Schleife</translation>
    </message>
    <message>
        <source>Grab and import scores differ</source>
        <translation>Scores beim Holen und Import verschieden</translation>
    </message>
    <message>
        <source>Score changed since import</source>
        <translation>Score seit dem Import geändert</translation>
    </message>
    <message>
        <source>Score does not add up</source>
        <translation>Score geht nicht auf</translation>
    </message>
    <message>
        <source>Repeated download failures</source>
        <translation>Wiederholt fehlgeschlagene Downloads</translation>
    </message>
    <message>
        <source>The same release was grabbed two or more times for one item, or three or more releases were grabbed within the loop window without a better score in the end.</source>
        <translation>Dasselbe Release wurde für einen Eintrag zweimal oder öfter geholt, oder drei oder mehr Releases wurden innerhalb des Schleifenfensters geholt, ohne dass am Ende ein besserer Score stand.</translation>
    </message>
    <message>
        <source>A release scored differently when it was grabbed than when its file was imported: the release name matched custom formats that the imported file&apos;s name does not, the usual cause of loops.</source>
        <translation>Ein Release wurde beim Holen anders bewertet als seine Datei beim Import: Der Release-Name passte zu Custom Formats, zu denen der Name der importierten Datei nicht passt, die übliche Ursache von Schleifen.</translation>
    </message>
    <message>
        <source>A file scores differently today than when it was imported, although no profile or custom format changed in the snapshots: a rename or a new media-info scan changed what it matches.</source>
        <translation>Eine Datei wird heute anders bewertet als beim Import, obwohl sich in den Snapshots kein Profil und kein Custom Format geändert hat: Eine Umbenennung oder ein neuer Media-Info-Scan hat geändert, wozu sie passt.</translation>
    </message>
    <message>
        <source>The score the server reports for a file is not the sum of its custom formats&apos; scores in its profile, or two of the server&apos;s endpoints report different scores for it.</source>
        <translation>Der Score, den der Server für eine Datei meldet, ist nicht die Summe der Scores ihrer Custom Formats in ihrem Profil, oder zwei Endpunkte des Servers melden verschiedene Scores für sie.</translation>
    </message>
    <message>
        <source>Two or more downloads of one item failed within the loop window.</source>
        <translation>Zwei oder mehr Downloads eines Eintrags sind innerhalb des Schleifenfensters fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>arrscore::FindingDetailPane</name>
    <message>
        <source>indexer %1</source>
        <translation>Indexer %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>The selected finding and its item&apos;s history</source>
        <translation>Der ausgewählte Befund und der Verlauf seines Eintrags</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Kein Befund ausgewählt</translation>
    </message>
    <message>
        <source>Select a finding to read what happened and the item&apos;s history on its server, step by step, with the score the server gave at each step.</source>
        <translation>Wählen Sie einen Befund, um zu lesen, was geschehen ist, und den Verlauf des Eintrags auf seinem Server, Schritt für Schritt, mit dem Score, den der Server bei jedem Schritt vergeben hat.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The server&apos;s history holds no event of this item.</source>
        <translation>Der Verlauf des Servers enthält kein Ereignis zu diesem Eintrag.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>score not kept</source>
        <translation>Score nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>arrscore::FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
</context>
<context>
    <name>arrscore::GrabCommand</name>
    <message>
        <source>A release of the item&apos;s latest lookup.</source>
        <translation>Ein Release der letzten Abfrage des Eintrags.</translation>
    </message>
    <message>
        <source>grab takes no arguments; see &quot;arrscore --help&quot;.</source>
        <translation>grab nimmt keine Argumente; siehe &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>grab needs one --instance NAME and one --item ID (a movie id for Radarr, an episode id for Sonarr).</source>
        <translation>grab braucht ein --instance NAME und ein --item ID (eine Film-ID für Radarr, eine Episoden-ID für Sonarr).</translation>
    </message>
    <message>
        <source>grab takes one --item ID.</source>
        <translation>grab nimmt nur ein --item ID.</translation>
    </message>
    <message>
        <source>No lookup of item %1 on &quot;%2&quot; yet: run &quot;arrscore releases --instance %2 --item %1&quot; first.</source>
        <translation>Noch keine Abfrage von Eintrag %1 auf „%2“: Führen Sie zuerst &quot;arrscore releases --instance %2 --item %1&quot; aus.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 (%2) found no release Radarr/Sonarr would take as an upgrade (%3): nothing to grab. &quot;arrscore releases --instance %4 --item %5&quot; looks again.</source>
        <translation>Die letzte Abfrage von %1 (%2) hat kein Release gefunden, das Radarr/Sonarr als Upgrade nehmen würde (%3): nichts zu holen. &quot;arrscore releases --instance %4 --item %5&quot; fragt erneut ab.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 (%2) has no release with guid &quot;%3&quot;.</source>
        <translation>Die letzte Abfrage von %1 (%2) enthält kein Release mit der guid „%3“.</translation>
    </message>
    <message>
        <source>Grab for %1:</source>
        <translation>Holen für %1:</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>The lookup is from %1, and Radarr/Sonarr keep looked-up releases for %2: it is looked up again first (one lookup of release_lookups_per_hour), and the release grabbed if still offered.</source>
        <translation>Die Abfrage stammt von %1, und Radarr/Sonarr behalten abgefragte Releases %2 lang: Sie wird zuerst wiederholt (eine Abfrage von release_lookups_per_hour), und das Release wird geholt, wenn es noch angeboten wird.</translation>
    </message>
    <message>
        <source>Send it to the download client of %1?</source>
        <translation>An den Download-Client von %1 senden?</translation>
    </message>
    <message>
        <source>Nothing was grabbed: run it again with --yes to grab it, or in a terminal to be asked.</source>
        <translation>Nichts wurde geholt: Führen Sie den Befehl erneut mit --yes aus, um es zu holen, oder in einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>Looking up again (at most %1)…</source>
        <translation>Erneute Abfrage (höchstens %1) …</translation>
    </message>
</context>
<context>
    <name>arrscore::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Read how to set up, sync, explore and export your libraries (F1)</source>
        <translation>Lesen Sie, wie Sie Ihre Bibliotheken einrichten, synchronisieren, erkunden und exportieren (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>&amp;Problem melden …</translation>
    </message>
    <message>
        <source>&amp;About Arr Score Exporter</source>
        <translation>&amp;Über Arr Score Exporter</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryBuilder</name>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Der Verlauf von %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryCommands</name>
    <message>
        <source>A movie or episode id.</source>
        <translation>Eine Film- oder Episoden-ID.</translation>
    </message>
    <message>
        <source>Part of a title.</source>
        <translation>Teil eines Titels.</translation>
    </message>
    <message>
        <source>The older snapshot.</source>
        <translation>Der ältere Snapshot.</translation>
    </message>
    <message>
        <source>The newer snapshot.</source>
        <translation>Der neuere Snapshot.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots of each instance.</source>
        <translation>Die neuesten N Snapshots jeder Instanz behalten.</translation>
    </message>
    <message>
        <source>Delete snapshots older than this (90d, 12w, 48h).</source>
        <translation>Snapshots löschen, die älter sind (90d, 12w, 48h).</translation>
    </message>
    <message>
        <source>%1 takes no arguments; see &quot;arrscore --help&quot;.</source>
        <translation>%1 nimmt keine Argumente; siehe &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>%1 takes one --instance.</source>
        <translation>%1 nimmt ein --instance.</translation>
    </message>
    <message>
        <source>No snapshot of an instance named &quot;%1&quot; in %2. Synced instances: %3.</source>
        <translation>Kein Snapshot einer Instanz namens „%1“ in %2. Synchronisierte Instanzen: %3.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>history needs --item ID or --title TEXT (one of them).</source>
        <translation>history braucht --item ID oder --title TEXT (eines davon).</translation>
    </message>
    <message>
        <source>--item takes a movie or episode id (a positive number), not &quot;%1&quot;.</source>
        <translation>--item erwartet eine Film- oder Episoden-ID (eine positive Zahl), nicht „%1“.</translation>
    </message>
    <message>
        <source>No movie or episode with id %1 was ever stored in %2.</source>
        <translation>Kein Film und keine Episode mit der ID %1 wurde je in %2 gespeichert.</translation>
    </message>
    <message>
        <source>No title contains &quot;%1&quot; in %2.</source>
        <translation>Kein Titel enthält „%1“ in %2.</translation>
    </message>
    <message>
        <source>--from and --to take snapshot ids, as &quot;arrscore snapshots&quot; lists them.</source>
        <translation>--from und --to erwarten Snapshot-IDs, wie &quot;arrscore snapshots&quot; sie auflistet.</translation>
    </message>
    <message>
        <source>Snapshot %1 is of %2, not of %3.</source>
        <translation>Snapshot %1 gehört zu %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>Snapshot %1 is the first of %2: there is nothing before it to compare with.</source>
        <translation>Snapshot %1 ist der erste von %2: Davor gibt es nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>Nothing to compare: %1 holds fewer than two syncs of %2. Run &quot;arrscore sync&quot; again later.</source>
        <translation>Nichts zu vergleichen: %1 enthält weniger als zwei Synchronisierungen von %2. Führen Sie &quot;arrscore sync&quot; später erneut aus.</translation>
    </message>
    <message>
        <source>any instance</source>
        <translation>irgendeiner Instanz</translation>
    </message>
    <message>
        <source>No snapshot is stored yet.</source>
        <translation>Noch kein Snapshot gespeichert.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>DATEIEN</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>WARNUNGEN</translation>
    </message>
    <message>
        <source>prune needs --keep N or --older-than AGE (one of them), e.g. --older-than 90d.</source>
        <translation>prune braucht --keep N oder --older-than ALTER (eines davon), z. B. --older-than 90d.</translation>
    </message>
    <message>
        <source>--keep takes a number of snapshots, 1 or more (the latest is always kept).</source>
        <translation>--keep erwartet eine Anzahl Snapshots, 1 oder mehr (der neueste wird immer behalten).</translation>
    </message>
    <message>
        <source>--older-than takes an age such as 90d (days), 12w (weeks) or 48h (hours), not &quot;%1&quot;.</source>
        <translation>--older-than erwartet ein Alter wie 90d (Tage), 12w (Wochen) oder 48h (Stunden), nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items match &quot;%1&quot;; choose one with --item ID (and --instance NAME):</source>
        <translation>
            <numerusform>%Ln Eintrag passt zu „%1“; wählen Sie einen mit --item ID (und --instance NAME):</numerusform>
            <numerusform>%Ln Einträge passen zu „%1“; wählen Sie einen mit --item ID (und --instance NAME):</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1 (%2) and %3 no kept snapshot uses.</source>
        <translation>%1 (%2) und %3, die kein behaltener Snapshot nutzt, gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshots</source>
        <translation>
            <numerusform>%Ln Snapshot</numerusform>
            <numerusform>%Ln Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored versions</source>
        <translation>
            <numerusform>%Ln gespeicherte Version</numerusform>
            <numerusform>%Ln gespeicherte Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… und %L1 weitere</translation>
    </message>
    <message>
        <source>The server&apos;s own history was not read for %1 (history_days: 0, or no sync since this version): run &quot;arrscore sync&quot; to see its grabs and imports here.</source>
        <translation>Der eigene Verlauf des Servers wurde für %1 nicht gelesen (history_days: 0, oder keine Synchronisierung seit dieser Version): Führen Sie &quot;arrscore sync&quot; aus, um seine Holvorgänge und Importe hier zu sehen.</translation>
    </message>
    <message>
        <source>%1 recorded no grab, import, failure or deletion of it since the syncs began reading its history.</source>
        <translation>%1 hat dazu kein Holen, keinen Import, keinen Fehlschlag und keine Löschung verzeichnet, seit die Synchronisierungen seinen Verlauf lesen.</translation>
    </message>
    <message>
        <source>%1&apos;s own history of it (score = what the server kept at the time):</source>
        <translation>Der eigene Verlauf von %1 dazu (Score = was der Server damals gespeichert hat):</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryFetcher</name>
    <message>
        <source>The server&apos;s history could not be read, so the audit does not know what happened since the last sync; the library itself was stored. The next sync reads it again. %1</source>
        <translation>Der Verlauf des Servers konnte nicht gelesen werden, daher weiß das Audit nicht, was seit der letzten Synchronisierung geschehen ist; die Bibliothek selbst wurde gespeichert. Die nächste Synchronisierung liest ihn erneut. %1</translation>
    </message>
    <message>
        <source>%1 keeps no custom format scores in its history (Radarr keeps them from 4.3.1, Sonarr from v4): the audit cannot compare grab and import scores or tell an upgrade loop by its score gain here.</source>
        <translation>%1 speichert in seinem Verlauf keine Custom-Format-Scores (Radarr ab 4.3.1, Sonarr ab v4): Das Audit kann hier weder Scores beim Holen und beim Import vergleichen noch eine Upgrade-Schleife an ihrem Score-Zuwachs erkennen.</translation>
    </message>
    <message>
        <source>%1 keeps the score of a grab but not of an import (Radarr keeps that from 4.4.2): the audit cannot compare grab and import scores or a file&apos;s score at import with today&apos;s here.</source>
        <translation>%1 speichert den Score beim Holen, aber nicht beim Import (Radarr ab 4.4.2): Das Audit kann hier weder Scores beim Holen und beim Import noch den Score einer Datei beim Import mit dem heutigen vergleichen.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryParser</name>
    <message>
        <source>%1: history row %2 skipped: %3</source>
        <translation>%1: Verlaufszeile %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>it has no id or date</source>
        <translation>sie hat keine ID oder kein Datum</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list of history rows, as the Radarr/Sonarr API has it.</source>
        <translation>Die Antwort auf %1 ist keine Liste von Verlaufszeilen, wie die Radarr/Sonarr-API sie liefert.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a page of history rows ({page, records}), as the Radarr/Sonarr API has it.</source>
        <translation>Die Antwort auf %1 ist keine Seite von Verlaufszeilen ({page, records}), wie die Radarr/Sonarr-API sie liefert.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryRows</name>
    <message>
        <source>Name of the Radarr/Sonarr instance</source>
        <translation>Name der Radarr/Sonarr-Instanz</translation>
    </message>
    <message>
        <source>&quot;movie&quot; or &quot;episode&quot;</source>
        <translation>&quot;movie&quot; oder &quot;episode&quot;</translation>
    </message>
    <message>
        <source>The item: movie id, or episode id (not the series id)</source>
        <translation>Der Eintrag: Film-ID oder Episoden-ID (nicht die Serien-ID)</translation>
    </message>
    <message>
        <source>Movie title, or series title</source>
        <translation>Filmtitel oder Serientitel</translation>
    </message>
    <message>
        <source>Release year; null when unknown</source>
        <translation>Erscheinungsjahr; null, wenn unbekannt</translation>
    </message>
    <message>
        <source>Season number; null for movies</source>
        <translation>Staffelnummer; null bei Filmen</translation>
    </message>
    <message>
        <source>Episode number; null for movies</source>
        <translation>Episodennummer; null bei Filmen</translation>
    </message>
    <message>
        <source>Episode title; null for movies</source>
        <translation>Episodentitel; null bei Filmen</translation>
    </message>
    <message>
        <source>added, upgraded, downgraded, replaced, rescored, changed or removed: what this point is, compared with the one before</source>
        <translation>added, upgraded, downgraded, replaced, rescored, changed oder removed: was dieser Punkt im Vergleich zum vorherigen ist</translation>
    </message>
    <message>
        <source>The first snapshot of this point</source>
        <translation>Der erste Snapshot dieses Punkts</translation>
    </message>
    <message>
        <source>When that snapshot&apos;s sync finished (UTC)</source>
        <translation>Wann die Synchronisierung dieses Snapshots endete (UTC)</translation>
    </message>
    <message>
        <source>The first snapshot after this point; null while current</source>
        <translation>Der erste Snapshot nach diesem Punkt; null, solange aktuell</translation>
    </message>
    <message>
        <source>When that snapshot&apos;s sync finished; null while current</source>
        <translation>Wann die Synchronisierung dieses Snapshots endete; null, solange aktuell</translation>
    </message>
    <message>
        <source>Movie file or episode file id; null for removed</source>
        <translation>ID der Film- oder Episodendatei; null bei entfernten</translation>
    </message>
    <message>
        <source>Quality, e.g. Bluray-2160p</source>
        <translation>Qualität, z. B. Bluray-2160p</translation>
    </message>
    <message>
        <source>The file&apos;s quality profile at that time</source>
        <translation>Das Qualitätsprofil der Datei zu diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>Custom formats the file matched</source>
        <translation>Custom Formats, zu denen die Datei passte</translation>
    </message>
    <message>
        <source>The score; null when the server cannot score (never 0 for unknown)</source>
        <translation>Der Score; null, wenn der Server nicht bewerten kann (nie 0 für unbekannt)</translation>
    </message>
    <message>
        <source>The score of the point before; null when none or unknown</source>
        <translation>Der Score des vorherigen Punkts; null, wenn keiner oder unbekannt</translation>
    </message>
    <message>
        <source>File size in bytes</source>
        <translation>Dateigröße in Bytes</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Release-Gruppe</translation>
    </message>
    <message>
        <source>Path relative to the movie or series folder</source>
        <translation>Pfad relativ zum Film- oder Serienordner</translation>
    </message>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Der Verlauf von %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryStore</name>
    <message>
        <source>Cannot read the history from the database %1.</source>
        <translation>Der Verlauf kann nicht aus der Datenbank %1 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::HtmlReport</name>
    <message>
        <source>the report</source>
        <translation>der Bericht</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::HttpDelivery</name>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
    <message>
        <source>the TLS certificate was not accepted</source>
        <translation>das TLS-Zertifikat wurde nicht akzeptiert</translation>
    </message>
    <message>
        <source>a network error (%1)</source>
        <translation>ein Netzwerkfehler (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>the URL or token was refused; check it in the configuration</source>
        <translation>die URL oder das Token wurde abgelehnt; prüfen Sie den Wert in der Konfiguration</translation>
    </message>
    <message>
        <source>there is nothing at this URL (a deleted webhook?); check it</source>
        <translation>unter dieser URL gibt es nichts (ein gelöschter Webhook?); prüfen Sie sie</translation>
    </message>
    <message>
        <source>too many messages; the server asked to wait</source>
        <translation>zu viele Nachrichten; der Server bat zu warten</translation>
    </message>
    <message>
        <source>the message was refused; check the target&apos;s settings</source>
        <translation>die Nachricht wurde abgelehnt; prüfen Sie die Einstellungen des Ziels</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch)</numerusform>
            <numerusform>%1 (nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; it asked to wait %n s, longer than arrscore waits</source>
        <translation>
            <numerusform>%1; er bat, %n s zu warten, länger als arrscore wartet</numerusform>
            <numerusform>%1; er bat, %n s zu warten, länger als arrscore wartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (aufgegeben nach %n Versuch)</numerusform>
            <numerusform>%1 (aufgegeben nach %n Versuchen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceComparison</name>
    <message numerus="yes">
        <source>%1: %n file(s) without a catalogue id (tmdbId/tvdbId) were left out; sync the instance again to store them.</source>
        <translation>
            <numerusform>%1: %n Datei ohne Katalog-ID (tmdbId/tvdbId) wurde ausgelassen; synchronisieren Sie die Instanz erneut, um sie zu speichern.</numerusform>
            <numerusform>%1: %n Dateien ohne Katalog-ID (tmdbId/tvdbId) wurden ausgelassen; synchronisieren Sie die Instanz erneut, um sie zu speichern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing needs two synced instances of the same kind (two Radarr or two Sonarr); %1 has none. Name them with --instance, or sync a second one.</source>
        <translation>Ein Vergleich braucht zwei synchronisierte Instanzen derselben Art (zwei Radarr oder zwei Sonarr); %1 hat keine. Nennen Sie sie mit --instance oder synchronisieren Sie eine zweite.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceConfig</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceDialog</name>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Add an instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Settings › General › Security › API Key</source>
        <translation>Settings › General › Security › API Key</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The URL is the address you open in a browser, with its URL base (e.g. http://nas:7878/radarr). The key is kept in your system&apos;s keychain.</source>
        <translation>Die URL ist die Adresse, die Sie im Browser öffnen, samt URL-Basis (z. B. http://nas:7878/radarr). Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The name may use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Name darf Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>There is already an instance named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Instanz namens „%1“.</translation>
    </message>
    <message>
        <source>The URL: %1</source>
        <translation>Die URL: %1</translation>
    </message>
    <message>
        <source>Enter the API key (Settings › General › Security in Radarr/Sonarr).</source>
        <translation>Geben Sie den API-Schlüssel ein (Settings › General › Security in Radarr/Sonarr).</translation>
    </message>
    <message>
        <source>The stored key could not be read; enter the API key to test.</source>
        <translation>Der gespeicherte Schlüssel konnte nicht gelesen werden; geben Sie den API-Schlüssel zum Testen ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln Serie</numerusform>
            <numerusform>%Ln Serien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Import from Re&amp;cyclarr…</source>
        <translation>Aus Re&amp;cyclarr importieren …</translation>
    </message>
    <message>
        <source>Add the Radarr and Sonarr instances Recyclarr&apos;s recyclarr.yml configures instead</source>
        <translation>Stattdessen die Radarr- und Sonarr-Instanzen hinzufügen, die in der recyclarr.yml von Recyclarr konfiguriert sind</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>At most this many release lookups (Check for Better Releases, and a grab&apos;s fresh lookup) per hour, counted across the app and the command line. Each lookup queries every indexer enabled on the server and takes 10–120 seconds; indexers that are asked too often back off, also for the server&apos;s own searches. 0 switches lookups off.</source>
        <translation>Höchstens so viele Release-Abfragen (Auf bessere Releases prüfen und die neue Abfrage vor einem Holen) pro Stunde, gezählt über App und Kommandozeile zusammen. Jede Abfrage fragt jeden auf dem Server aktivierten Indexer an und dauert 10–120 Sekunden; zu oft angefragte Indexer bremsen, auch für die eigenen Suchen des Servers. 0 schaltet Abfragen ab.</translation>
    </message>
    <message>
        <source>At most this many items searched or grabbed per hour, counted across the app and the command line: each searched item queries every indexer.</source>
        <translation>Höchstens so viele gesuchte oder geholte Einträge pro Stunde, gezählt über App und Kommandozeile zusammen: Jeder gesuchte Eintrag fragt jeden Indexer an.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>An item searched within this many days is skipped by Search for Upgrades (unless you choose to search anyway), so your indexers are not asked for the same item again and again. 0: no cooldown.</source>
        <translation>Ein Eintrag, der innerhalb so vieler Tage gesucht wurde, wird von „Nach Upgrades suchen“ übersprungen (außer Sie wählen, trotzdem zu suchen), damit Ihre Indexer nicht immer wieder nach demselben Eintrag gefragt werden. 0: keine Sperrfrist.</translation>
    </message>
    <message>
        <source>Release &amp;lookups per hour:</source>
        <translation>Release-&amp;Abfragen pro Stunde:</translation>
    </message>
    <message>
        <source>Searc&amp;hes per hour:</source>
        <translation>Suc&amp;hen pro Stunde:</translation>
    </message>
    <message>
        <source>Search cool&amp;down:</source>
        <translation>Sperr&amp;frist für Suchen:</translation>
    </message>
    <message>
        <source>How far back the first sync reads the server&apos;s own history (grabs, imports, failed downloads, deletions) for the Audit; later syncs read only what is new. A few requests per sync. 0 switches reading the history off.</source>
        <translation>Wie weit die erste Synchronisierung den eigenen Verlauf des Servers (Holvorgänge, Importe, fehlgeschlagene Downloads, Löschungen) für das Audit zurückliest; spätere Synchronisierungen lesen nur, was neu ist. Einige Anfragen pro Synchronisierung. 0 schaltet das Lesen des Verlaufs ab.</translation>
    </message>
    <message>
        <source>Three or more grabs of one item within this many days with no score gained count as an upgrade loop in the Audit (the same release grabbed twice always does).</source>
        <translation>Drei oder mehr Holvorgänge eines Eintrags innerhalb so vieler Tage ohne Score-Zuwachs gelten im Audit als Upgrade-Schleife (dasselbe Release zweimal geholt gilt immer als eine).</translation>
    </message>
    <message>
        <source>H&amp;istory to read:</source>
        <translation>Zu lesender &amp;Verlauf:</translation>
    </message>
    <message>
        <source>Upgrade l&amp;oop window:</source>
        <translation>Fenster für Upgrade-Sch&amp;leifen:</translation>
    </message>
</context>
<context>
    <name>arrscore::Instances</name>
    <message>
        <source>API key saved in the configuration file</source>
        <translation>API-Schlüssel in der Konfigurationsdatei gespeichert</translation>
    </message>
    <message>
        <source>%1

The key of &quot;%2&quot; is saved in %3 instead, readable only by your user account.</source>
        <translation>%1

Der Schlüssel von „%2“ wird stattdessen in %3 gespeichert, nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>Could not save the instance</source>
        <translation>Die Instanz konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>The API key could not be read</source>
        <translation>Der API-Schlüssel konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>arrscore::InstancesCommand</name>
    <message>
        <source>Usage: arrscore instances [import recyclarr [PATH] [--dry-run] [--yes]]</source>
        <translation>Aufruf: arrscore instances [import recyclarr [PFAD] [--dry-run] [--yes]]</translation>
    </message>
    <message>
        <source>No instance is configured.</source>
        <translation>Keine Instanz ist konfiguriert.</translation>
    </message>
    <message>
        <source>api key: %1</source>
        <translation>API-Schlüssel: %1</translation>
    </message>
    <message>
        <source>defined in: %1</source>
        <translation>definiert in: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Nothing was added: run it again with --yes to add them, or in a terminal to be asked.</source>
        <translation>Nichts wurde hinzugefügt: Führen Sie den Befehl erneut mit --yes aus, um sie hinzuzufügen, oder in einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Gelesen: %1.</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration names no Radarr or Sonarr instance.</source>
        <translation>Die Konfiguration von Recyclarr nennt keine Radarr- oder Sonarr-Instanz.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n instances:</source>
        <translation>
            <numerusform>%n Instanz gefunden:</numerusform>
            <numerusform>%n Instanzen gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Nichts hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>--dry-run: %n instances would be added to %1.</source>
        <translation>
            <numerusform>--dry-run: %n Instanz würde zu %1 hinzugefügt.</numerusform>
            <numerusform>--dry-run: %n Instanzen würden zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n instances to %1?</source>
        <translation>
            <numerusform>%n Instanz zu %1 hinzufügen?</numerusform>
            <numerusform>%n Instanzen zu %1 hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instances not added.</source>
        <translation>
            <numerusform>%n Instanz nicht hinzugefügt.</numerusform>
            <numerusform>%n Instanzen nicht hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its key is in %2, since the keychain could not take it:</source>
        <translation>„%1“ hinzugefügt; sein Schlüssel steht in %2, da der Schlüsselbund ihn nicht aufnehmen konnte:</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its key is in the keychain.</source>
        <translation>„%1“ hinzugefügt; sein Schlüssel liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Run &quot;arrscore test&quot; to check them.</source>
        <translation>&quot;arrscore test&quot; prüft sie.</translation>
    </message>
</context>
<context>
    <name>arrscore::ItemSelection</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>--limit only goes with --candidates.</source>
        <translation>--limit geht nur zusammen mit --candidates.</translation>
    </message>
    <message>
        <source>Ids belong to one instance: give one --instance.</source>
        <translation>IDs gehören zu einer Instanz: Geben Sie ein --instance an.</translation>
    </message>
    <message>
        <source>--limit expects a number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit erwartet eine Zahl ab 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 expects a positive id, not &quot;%2&quot;.</source>
        <translation>--%1 erwartet eine positive ID, nicht „%2“.</translation>
    </message>
    <message>
        <source>No instance named &quot;%1&quot;. Configured: %2.</source>
        <translation>Keine Instanz namens „%1“. Konfiguriert: %2.</translation>
    </message>
    <message>
        <source>No instance is configured.</source>
        <translation>Keine Instanz ist konfiguriert.</translation>
    </message>
    <message>
        <source>Ids belong to one instance: add --instance NAME (configured: %1).</source>
        <translation>IDs gehören zu einer Instanz: Ergänzen Sie --instance NAME (konfiguriert: %1).</translation>
    </message>
    <message>
        <source>Nothing to choose from: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Nichts zur Auswahl: %1 enthält noch keinen Snapshot. Führen Sie zuerst &quot;arrscore sync&quot; aus.</translation>
    </message>
    <message>
        <source>No upgrade candidates in the latest snapshots: nothing to do.</source>
        <translation>Keine Upgrade-Kandidaten in den neuesten Snapshots: nichts zu tun.</translation>
    </message>
    <message>
        <source>movie %1 with a file</source>
        <translation>Film %1 mit Datei</translation>
    </message>
    <message>
        <source>episode %1 with a file</source>
        <translation>Episode %1 mit Datei</translation>
    </message>
    <message>
        <source>No %1 in the latest snapshot of &quot;%2&quot; (%3). Ids are the item_id column of &quot;arrscore candidates --json&quot; (movie ids for Radarr, episode ids for Sonarr); run &quot;arrscore sync %2&quot; if it is new.</source>
        <translation>Nicht im neuesten Snapshot von „%2“ (%3): %1. IDs sind die Spalte item_id von &quot;arrscore candidates --json&quot; (Film-IDs für Radarr, Episoden-IDs für Sonarr); führen Sie &quot;arrscore sync %2&quot; aus, falls der Eintrag neu ist.</translation>
    </message>
    <message>
        <source>No file %1 in the latest snapshot of &quot;%2&quot; (%3). File ids are the file_id column of &quot;arrscore export&quot;.</source>
        <translation>Keine Datei %1 im neuesten Snapshot von „%2“ (%3). Datei-IDs sind die Spalte file_id von &quot;arrscore export&quot;.</translation>
    </message>
    <message>
        <source>None of these files has a movie or episode id to act on (the sync could not link its episodes).</source>
        <translation>Keine dieser Dateien hat eine Film- oder Episoden-ID, mit der sich arbeiten ließe (die Synchronisierung konnte ihre Episoden nicht zuordnen).</translation>
    </message>
</context>
<context>
    <name>arrscore::JsonFields</name>
    <message>
        <source>field &quot;%1&quot; should be %2, not %3.</source>
        <translation>Feld „%1“ sollte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date: &quot;%2&quot;.</source>
        <translation>Feld „%1“ ist kein Datum: „%2“.</translation>
    </message>
    <message>
        <source>(without id)</source>
        <translation>(ohne ID)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, beyond %3…%4.</source>
        <translation>Feld „%1“ ist %2, außerhalb von %3…%4.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, beyond what a score can be; read as %3.</source>
        <translation>Feld „%1“ ist %2, mehr als ein Score sein kann; gelesen als %3.</translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryFetcher</name>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (Datei %2)</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n file(s) more than once: %1. One of each was kept; a file the server lists twice may be a problem of its database.</source>
        <translation>
            <numerusform>Der Server hat %n Datei mehrfach aufgeführt: %1. Von jeder wurde eine behalten; eine doppelt aufgeführte Datei kann auf ein Problem seiner Datenbank hinweisen.</numerusform>
            <numerusform>Der Server hat %n Dateien mehrfach aufgeführt: %1. Von jeder wurde eine behalten; eine doppelt aufgeführte Datei kann auf ein Problem seiner Datenbank hinweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but the server returned none of their files. Nothing was stored: the previous snapshot stays the current one. The server may be starting up or rescanning, or its database may be damaged; check its web UI, then sync again.</source>
        <translation>%1, aber der Server hat keine ihrer Dateien geliefert. Nichts wurde gespeichert: Der vorherige Snapshot bleibt der aktuelle. Der Server startet vielleicht gerade oder durchsucht seine Bibliothek neu, oder seine Datenbank ist beschädigt; prüfen Sie seine Weboberfläche und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1, but the server returned only %2 of %3 files; missing: %4. They are stored as gone in this snapshot. If they still exist on the server, sync again.</source>
        <translation>%1, aber der Server hat nur %2 von %3 Dateien geliefert; es fehlen: %4. Sie sind in diesem Snapshot als verschwunden gespeichert. Wenn es sie auf dem Server noch gibt, synchronisieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryHealth</name>
    <message>
        <source>%1: %2 would reach their score cutoff with %3</source>
        <translation>%1: %2 – mit %3 am Score-Cutoff</translation>
    </message>
    <message>
        <source>%1: %2 would reach their score cutoff without %3</source>
        <translation>%1: %2 – ohne %3 am Score-Cutoff</translation>
    </message>
    <message>
        <source>%1: %2 of %3 below the cutoff quality</source>
        <translation>%1: %2 von %3 – unter der Cutoff-Qualität</translation>
    </message>
    <message>
        <source>%1 (+%2 points)</source>
        <translation>%1 (+%2 Punkte)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LocaleFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LogOutput</name>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Die Protokolldatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::LookupPrinter</name>
    <message>
        <source>%1 vs the file&apos;s %2 (%3)</source>
        <translation>%1 gegenüber %2 der Datei (%3)</translation>
    </message>
    <message>
        <source>%1 vs the file&apos;s %2</source>
        <translation>%1 gegenüber %2 der Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2: %3</source>
        <translation>„%1“ von %2: %3</translation>
    </message>
    <message>
        <source>indexer %1</source>
        <translation>Indexer %1</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot;</source>
        <translation>%1 auf „%2“</translation>
    </message>
    <message>
        <source>%1 (%2 on &quot;%3&quot;)</source>
        <translation>%1 (%2 auf „%3“)</translation>
    </message>
    <message>
        <source>, file %1 scoring %2</source>
        <translation>, Datei %1 mit Score %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln releases): </source>
        <translation>
            <numerusform>%1 (%Ln Release): </numerusform>
            <numerusform>%1 (%Ln Releases): </numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 among %Ln releases</source>
        <translation>
            <numerusform>%1 unter %Ln Release</numerusform>
            <numerusform>%1 unter %Ln Releases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the hourly cap (release_lookups_per_hour) is reached; it may run from %2</source>
        <translation>%1: Die Obergrenze pro Stunde (release_lookups_per_hour) ist erreicht; die Abfrage darf ab %2 laufen</translation>
    </message>
    <message>
        <source>%1: release lookups are switched off for this instance (release_lookups_per_hour: 0)</source>
        <translation>%1: Release-Abfragen sind für diese Instanz abgeschaltet (release_lookups_per_hour: 0)</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items: %1.</source>
        <translation>
            <numerusform>%Ln Eintrag: %1.</numerusform>
            <numerusform>%Ln Einträge: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LookupRequest</name>
    <message>
        <source>movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>season %1 of series %2</source>
        <translation>Staffel %1 der Serie %2</translation>
    </message>
</context>
<context>
    <name>arrscore::LookupStore</name>
    <message>
        <source>Cannot store a release lookup in the database %1.</source>
        <translation>Eine Release-Abfrage kann nicht in der Datenbank %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot count the release lookups in the database %1.</source>
        <translation>Die Release-Abfragen in der Datenbank %1 können nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Cannot record a release lookup in the database %1.</source>
        <translation>Eine Release-Abfrage kann nicht in der Datenbank %1 vermerkt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read the release lookups from the database %1.</source>
        <translation>Die Release-Abfragen können nicht aus der Datenbank %1 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Fetch every file&apos;s score from each instance (F5)</source>
        <translation>Den Score jeder Datei von jeder Instanz abrufen (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the current view or everything as CSV, JSON or an HTML report (Ctrl+E)</source>
        <translation>Die aktuelle Ansicht oder alles als CSV, JSON oder HTML-Bericht speichern (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>Instanz &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten …</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <source>Go to Si&amp;debar</source>
        <translation>Zur Seiten&amp;leiste</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Search for &amp;Upgrades…</source>
        <translation>Nach &amp;Upgrades suchen …</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search for better releases of the selected files (Ctrl+U)</source>
        <translation>Radarr/Sonarr nach besseren Releases der ausgewählten Dateien suchen lassen (Strg+U)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen …</translation>
    </message>
    <message>
        <source>L&amp;ibrary</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Upgrade Candidates</source>
        <translation>&amp;Upgrade-Kandidaten</translation>
    </message>
    <message>
        <source>Custom Fo&amp;rmats</source>
        <translation>Custom Fo&amp;rmats</translation>
    </message>
    <message>
        <source>Quality &amp;Profiles</source>
        <translation>&amp;Qualitätsprofile</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Übers&amp;icht</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Weitere Befehle</translation>
    </message>
    <message>
        <source>Check for &amp;Better Releases…</source>
        <translation>Auf bessere &amp;Releases prüfen …</translation>
    </message>
    <message>
        <source>Ask the servers which releases their indexers offer now for the selected files, and whether one would be an upgrade (Ctrl+Shift+U)</source>
        <translation>Die Server fragen, welche Releases ihre Indexer jetzt für die ausgewählten Dateien anbieten und ob eines ein Upgrade wäre (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleich</translation>
    </message>
</context>
<context>
    <name>arrscore::MainWindow</name>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Demo-Bibliothek</translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation>Die Demo-Server konnten nicht starten: %1</translation>
    </message>
    <message>
        <source>Arr Score Exporter — demo library</source>
        <translation>Arr Score Exporter — Demo-Bibliothek</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <source>Sync cancelled; the previous snapshots remain.</source>
        <translation>Synchronisierung abgebrochen; die vorherigen Stände bleiben erhalten.</translation>
    </message>
    <message>
        <source>Some instances could not be synced; what was stored before is kept.</source>
        <translation>Einige Instanzen konnten nicht synchronisiert werden; was vorher gespeichert war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The database could not be read</source>
        <translation>Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>No Radarr or Sonarr is configured yet.</source>
        <translation>Noch kein Radarr oder Sonarr eingerichtet.</translation>
    </message>
    <message>
        <source>Nothing synced yet. Press F5 to sync.</source>
        <translation>Noch nichts synchronisiert. Drücken Sie F5 zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Nothing to export yet: sync first (F5).</source>
        <translation>Noch nichts zu exportieren: zuerst synchronisieren (F5).</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Noch nichts zu exportieren</translation>
    </message>
    <message>
        <source>Sync first (F5), or explore the demo library.</source>
        <translation>Synchronisieren Sie zuerst (F5) oder erkunden Sie die Demo-Bibliothek.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Some searches could not be started</source>
        <translation>Einige Suchen konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>Select the files to search upgrades for first (in Library or Upgrade candidates).</source>
        <translation>Wählen Sie zuerst die Dateien, für die Upgrades gesucht werden sollen (in Bibliothek oder Upgrade-Kandidaten).</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln files of %1…</source>
        <translation>
            <numerusform>Speichere %Ln Datei von %1 …</numerusform>
            <numerusform>Speichere %Ln Dateien von %1 …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances.</source>
        <translation>
            <numerusform>%1 von %Ln Instanz synchronisiert.</numerusform>
            <numerusform>%1 von %Ln Instanzen synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln files</source>
        <translation>
            <numerusform>%1 von %Ln Datei</numerusform>
            <numerusform>%1 von %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade candidates</source>
        <translation>
            <numerusform>%Ln Upgrade-Kandidat</numerusform>
            <numerusform>%Ln Upgrade-Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>Some release lookups did not work</source>
        <translation>Einige Release-Abfragen haben nicht funktioniert</translation>
    </message>
    <message>
        <source>The releases are older than the server keeps them: looking the item up again first (10–120 s)…</source>
        <translation>Die Releases sind älter, als der Server sie aufbewahrt: Der Eintrag wird zuerst erneut abgefragt (10–120 s) …</translation>
    </message>
    <message>
        <source>The release was not grabbed</source>
        <translation>Das Release wurde nicht geholt</translation>
    </message>
    <message>
        <source>Cancelling the release lookups…</source>
        <translation>Release-Abfragen werden abgebrochen …</translation>
    </message>
    <message>
        <source>A grab is still being sent; wait for it to finish.</source>
        <translation>Ein Holauftrag wird noch gesendet; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Ask the servers which releases their indexers offer now for the selected files, and whether one would be an upgrade (Ctrl+Shift+U)</source>
        <translation>Die Server fragen, welche Releases ihre Indexer jetzt für die ausgewählten Dateien anbieten und ob eines ein Upgrade wäre (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Release lookups are running</source>
        <translation>Release-Abfragen laufen</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Gerade nicht: %1</translation>
    </message>
    <message>
        <source>The release checks and searches could not be read</source>
        <translation>Die Release-Prüfungen und Suchen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Some notifications were not delivered; the sync is stored all the same</source>
        <translation>Einige Benachrichtigungen wurden nicht zugestellt; die Synchronisierung ist trotzdem gespeichert</translation>
    </message>
    <message>
        <source>A sync from elsewhere landed; the library was reloaded.</source>
        <translation>Eine Synchronisierung von anderswo ist eingetroffen; die Bibliothek wurde neu geladen.</translation>
    </message>
    <message>
        <source>The instances could not be compared</source>
        <translation>Die Instanzen konnten nicht verglichen werden</translation>
    </message>
    <message>
        <source>The audit of the servers&apos; history could not be read</source>
        <translation>Das Audit des Server-Verlaufs konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>Retention pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>Die Aufbewahrung hat %Ln alten Snapshot gelöscht.</numerusform>
            <numerusform>Die Aufbewahrung hat %Ln alte Snapshots gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>nächste Synchronisierung %1</translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationDialog</name>
    <message>
        <source>R&amp;equire STARTTLS (smtp:// URLs; smtps:// is TLS from the start)</source>
        <translation>STARTTLS ve&amp;rlangen (smtp://-URLs; smtps:// ist von Anfang an TLS)</translation>
    </message>
    <message>
        <source>When files &amp;changed</source>
        <translation>Wenn sich Dateien &amp;geändert haben</translation>
    </message>
    <message>
        <source>When an instance f&amp;ailed</source>
        <translation>Wenn eine Instanz fe&amp;hlgeschlagen ist</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a notification</source>
        <translation>Benachrichtigung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>…or from the en&amp;vironment variable:</source>
        <translation>… oder aus der Umgebungs&amp;variable:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>Automatic: higher when an instance failed.</source>
        <translation>Automatisch: höher, wenn eine Instanz fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorität:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>…or from the environment varia&amp;ble:</source>
        <translation>… oder aus der Umgebungsvariab&amp;le:</translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation>&amp;SMTP-Server:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>you@example.org, someone@example.org</source>
        <translation>sie@example.org, jemand@example.org</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>leer: keine Anmeldung</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Senden:</translation>
    </message>
    <message>
        <source>A sync that changed fewer files (and where nothing failed) sends nothing.</source>
        <translation>Eine Synchronisierung, die weniger Dateien geändert hat (und bei der nichts fehlgeschlagen ist), sendet nichts.</translation>
    </message>
    <message>
        <source>At &amp;least this many changed files:</source>
        <translation>&amp;Mindestens so viele geänderte Dateien:</translation>
    </message>
    <message>
        <source>URLs, tokens and passwords are kept in your system&apos;s keychain; a variable is read when a sync runs, by the app and the command line alike.</source>
        <translation>URLs, Tokens und Passwörter liegen im Schlüsselbund Ihres Systems; eine Variable wird gelesen, wenn eine Synchronisierung läuft, von der App wie von der Kommandozeile.</translation>
    </message>
    <message>
        <source>Show what was typed</source>
        <translation>Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Leer lassen, um den gespeicherten Wert zu behalten</translation>
    </message>
    <message>
        <source>The name may use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Name darf Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten.</translation>
    </message>
    <message>
        <source>There is already a notification named &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Benachrichtigung namens „%1“.</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>die URL</translation>
    </message>
    <message>
        <source>the application token</source>
        <translation>das Anwendungs-Token</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>das Passwort</translation>
    </message>
    <message>
        <source>Enter %1, or the environment variable that holds it.</source>
        <translation>Geben Sie %1 ein oder die Umgebungsvariable, die den Wert enthält.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a server.</source>
        <translation>Die URL muss mit http:// oder https:// beginnen und einen Server nennen.</translation>
    </message>
    <message>
        <source>Type every secret of this target here, or name an environment variable for each: a target keeps its secrets in one place.</source>
        <translation>Geben Sie jedes Geheimnis dieses Ziels hier ein oder nennen Sie für jedes eine Umgebungsvariable: Ein Ziel hält seine Geheimnisse an einem Ort.</translation>
    </message>
    <message>
        <source>Enter the ntfy topic to publish to.</source>
        <translation>Geben Sie das ntfy-Topic ein, in dem veröffentlicht wird.</translation>
    </message>
    <message>
        <source>The SMTP server is a URL such as smtps://mail.example.org:465 or smtp://mail.example.org:587.</source>
        <translation>Der SMTP-Server ist eine URL wie smtps://mail.example.org:465 oder smtp://mail.example.org:587.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address (From).</source>
        <translation>Geben Sie die Adresse des Absenders ein.</translation>
    </message>
    <message>
        <source>Enter at least one recipient&apos;s address (To), separated by commas.</source>
        <translation>Geben Sie mindestens eine Empfängeradresse ein, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Choose when to send: when files changed, when an instance failed, or both.</source>
        <translation>Wählen Sie, wann gesendet wird: wenn sich Dateien geändert haben, wenn eine Instanz fehlgeschlagen ist, oder beides.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Sende eine Testnachricht …</translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationTest</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the test message was delivered after %n attempts.</source>
        <translation>
            <numerusform>%1: Die Testnachricht wurde nach %n Versuch zugestellt.</numerusform>
            <numerusform>%1: Die Testnachricht wurde nach %n Versuchen zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation>%1: Die Testnachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>%1: not sent (%2).</source>
        <translation>%1: nicht gesendet (%2).</translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationTypes</name>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>arrscore::Notifier</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>an instance failed, but this target is not notified of failures</source>
        <translation>eine Instanz ist fehlgeschlagen, aber dieses Ziel wird über Fehlschläge nicht benachrichtigt</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>this target is notified of failures only</source>
        <translation>dieses Ziel wird nur über Fehlschläge benachrichtigt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), fewer than min_changes</source>
        <translation>
            <numerusform>%n Änderung, weniger als min_changes</numerusform>
            <numerusform>%n Änderungen, weniger als min_changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::NotifyCommand</name>
    <message>
        <source>sync: send the summary to the configured notification targets.</source>
        <translation>sync: die Zusammenfassung an die konfigurierten Benachrichtigungsziele senden.</translation>
    </message>
    <message>
        <source>sync: write the HTML report to PATH in the same run.</source>
        <translation>sync: im selben Lauf den HTML-Bericht nach PATH schreiben.</translation>
    </message>
    <message>
        <source>notify: send a sample message.</source>
        <translation>notify: eine Beispielnachricht senden.</translation>
    </message>
    <message>
        <source>--notify: %1 configures no notification target. Add a &quot;notifications:&quot; list (see docs/NOTIFICATIONS.md).</source>
        <translation>--notify: %1 konfiguriert kein Benachrichtigungsziel. Fügen Sie eine Liste „notifications:“ hinzu (siehe docs/NOTIFICATIONS.md).</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>die Konfiguration</translation>
    </message>
    <message>
        <source>--report: %1 is not a file in an existing folder.</source>
        <translation>--report: %1 ist keine Datei in einem vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The report was not written; the snapshots are stored.</source>
        <translation>Der Bericht wurde nicht geschrieben; die Snapshots sind gespeichert.</translation>
    </message>
    <message>
        <source>No notification was sent: the database cannot be read.</source>
        <translation>Es wurde keine Benachrichtigung gesendet: Die Datenbank kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: what changed cannot be read (%2); it is left out of the notification.</source>
        <translation>%1: Die Änderungen können nicht gelesen werden (%2); die Instanz fehlt in der Benachrichtigung.</translation>
    </message>
    <message>
        <source>Nothing changed and nothing failed: no notification sent.</source>
        <translation>Nichts geändert und nichts fehlgeschlagen: keine Benachrichtigung gesendet.</translation>
    </message>
    <message>
        <source>notify sends a sample message with --test: arrscore notify --test [NAME...]. After a sync, use arrscore sync --notify.</source>
        <translation>notify sendet mit --test eine Beispielnachricht: arrscore notify --test [NAME...]. Nach einer Synchronisierung verwenden Sie arrscore sync --notify.</translation>
    </message>
    <message>
        <source>No notification target named &quot;%1&quot;. Configured: %2.</source>
        <translation>Kein Benachrichtigungsziel namens „%1“. Konfiguriert: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>No notification target is configured. Add a &quot;notifications:&quot; list (see docs/NOTIFICATIONS.md).</source>
        <translation>Kein Benachrichtigungsziel ist konfiguriert. Fügen Sie eine Liste „notifications:“ hinzu (siehe docs/NOTIFICATIONS.md).</translation>
    </message>
    <message>
        <source>No notification was sent: %1</source>
        <translation>Es wurde keine Benachrichtigung gesendet: %1</translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation>Benachrichtigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1: gesendet</translation>
    </message>
    <message>
        <source>Notified %1.</source>
        <translation>%1 benachrichtigt.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: nicht gesendet: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::ProblemReportDialog</name>
    <message>
        <source>Report a Problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>This is the text of a new issue. It names the versions in use and no instance name, address, key, path or host. Describe what happened, then copy it or open it in your browser; nothing is sent until you submit it there.</source>
        <translation>Dies ist der Text eines neuen Issues. Er nennt die verwendeten Versionen, aber keinen Instanznamen, keine Adresse, keinen Schlüssel, Pfad oder Host. Beschreiben Sie, was passiert ist, und kopieren Sie ihn dann oder öffnen Sie ihn in Ihrem Browser; gesendet wird nichts, bevor Sie ihn dort absenden.</translation>
    </message>
    <message>
        <source>Issue text</source>
        <translation>Text des Issues</translation>
    </message>
    <message>
        <source>The report as it will be submitted; you can edit it.</source>
        <translation>Der Bericht, wie er abgesendet wird; Sie können ihn bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation>Den Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open a new issue with this text on %1</source>
        <translation>Ein neues Issue mit diesem Text auf %1 eröffnen</translation>
    </message>
    <message>
        <source>### What happened</source>
        <translation>### Was passiert ist</translation>
    </message>
    <message>
        <source>(What did you do, what did you expect, what happened?)</source>
        <translation>(Was haben Sie getan, was haben Sie erwartet, was ist passiert?)</translation>
    </message>
    <message>
        <source>### Environment</source>
        <translation>### Umgebung</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1 (Commit %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1, platform %2</source>
        <translation>%1, Plattform %2</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>nicht in diesem Build</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>none synced yet</source>
        <translation>noch keine synchronisiert</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %Ln files</source>
        <translation>
            <numerusform>%1 %2, %Ln Datei</numerusform>
            <numerusform>%1 %2, %Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(Version unbekannt)</translation>
    </message>
</context>
<context>
    <name>arrscore::ProfileAnalysis</name>
    <message>
        <source>far below (more than one scale)</source>
        <translation>weit darunter (mehr als eine Skala)</translation>
    </message>
    <message>
        <source>below by ½–1 scale</source>
        <translation>um ½–1 Skala darunter</translation>
    </message>
    <message>
        <source>just below (under ½ scale)</source>
        <translation>knapp darunter (unter ½ Skala)</translation>
    </message>
    <message>
        <source>just at or above (under ½ scale)</source>
        <translation>knapp am oder über (unter ½ Skala)</translation>
    </message>
    <message>
        <source>above by ½–1 scale</source>
        <translation>um ½–1 Skala darüber</translation>
    </message>
    <message>
        <source>far above (one scale or more)</source>
        <translation>weit darüber (eine Skala oder mehr)</translation>
    </message>
</context>
<context>
    <name>arrscore::RadarrFetcher</name>
    <message>
        <source>/movie, then moviefile?movieFileIds= in batches of up to %1</source>
        <translation>/movie, dann moviefile?movieFileIds= in Gruppen von bis zu %1</translation>
    </message>
    <message>
        <source>/movie, then one moviefile?movieId= per movie (Radarr &lt; 5.0.2)</source>
        <translation>/movie, dann ein moviefile?movieId= je Film (Radarr &lt; 5.0.2)</translation>
    </message>
    <message>
        <source>/movie, then one moviefile?movieId= per movie; scores computed from the profiles (Radarr &lt; 4.7.5 sends none)</source>
        <translation>/movie, dann ein moviefile?movieId= je Film; Scores aus den Profilen berechnet (Radarr &lt; 4.7.5 sendet keine)</translation>
    </message>
    <message>
        <source>Files of movies removed during the sync were skipped: %1.</source>
        <translation>Dateien von Filmen, die während der Synchronisierung entfernt wurden, wurden übersprungen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>/movie lists %n movie(s) with a file</source>
        <translation>
            <numerusform>/movie listet %n Film mit Datei</numerusform>
            <numerusform>/movie listet %n Filme mit Datei</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecordedSearch</name>
    <message numerus="yes">
        <source>%n item(s) not searched: the hourly cap of %1 (searches_per_hour) is reached for &quot;%2&quot;; %3.</source>
        <translation>
            <numerusform>%n Eintrag nicht gesucht: Die Obergrenze von %1 pro Stunde (searches_per_hour) ist für „%2“ erreicht; %3.</numerusform>
            <numerusform>%n Einträge nicht gesucht: Die Obergrenze von %1 pro Stunde (searches_per_hour) ist für „%2“ erreicht; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecyclarrImport</name>
    <message>
        <source>expected &quot;name: value&quot; lines</source>
        <translation>erwartet Zeilen der Form „Name: Wert“</translation>
    </message>
    <message>
        <source>expected the sections radarr: and sonarr:</source>
        <translation>erwartet die Abschnitte radarr: und sonarr:</translation>
    </message>
    <message>
        <source>%1: expected instance names, each with base_url and api_key</source>
        <translation>%1: erwartet Instanznamen, jeweils mit base_url und api_key</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>expected base_url and api_key lines</source>
        <translation>erwartet Zeilen mit base_url und api_key</translation>
    </message>
    <message>
        <source>base_url is missing</source>
        <translation>base_url fehlt</translation>
    </message>
    <message>
        <source>api_key is missing</source>
        <translation>api_key fehlt</translation>
    </message>
    <message>
        <source>base_url: %1</source>
        <translation>base_url: %1</translation>
    </message>
    <message>
        <source>api_key must not contain spaces or line breaks</source>
        <translation>api_key darf keine Leerzeichen oder Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>%1: expected a single value</source>
        <translation>%1: erwartet einen einzelnen Wert</translation>
    </message>
    <message>
        <source>%1: the secret &quot;%2&quot; is not defined: there is no secrets.yml in %3</source>
        <translation>%1: das Geheimnis „%2“ ist nicht definiert: in %3 gibt es keine secrets.yml</translation>
    </message>
    <message>
        <source>%1: the secret &quot;%2&quot; is not in %3</source>
        <translation>%1: das Geheimnis „%2“ steht nicht in %3</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
        <translation>%1: die Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1: unknown tag %2</source>
        <translation>%1: unbekanntes Tag %2</translation>
    </message>
    <message>
        <source>already configured as &quot;%1&quot;</source>
        <translation>bereits als „%1“ konfiguriert</translation>
    </message>
    <message>
        <source>the same server as &quot;%1&quot; (%2)</source>
        <translation>derselbe Server wie „%1“ (%2)</translation>
    </message>
    <message>
        <source>added as &quot;%1&quot;: &quot;%2&quot; is taken</source>
        <translation>hinzugefügt als „%1“: „%2“ ist vergeben</translation>
    </message>
    <message>
        <source>%1 does not exist. Recyclarr keeps recyclarr.yml in its configuration directory, e.g. %2.</source>
        <translation>%1 existiert nicht. Recyclarr legt recyclarr.yml in seinem Konfigurationsverzeichnis ab, z. B. %2.</translation>
    </message>
    <message>
        <source>%1 holds no recyclarr.yml and no configs/*.yml.</source>
        <translation>%1 enthält keine recyclarr.yml und keine configs/*.yml.</translation>
    </message>
</context>
<context>
    <name>arrscore::RecyclarrImportDialog</name>
    <message>
        <source>&amp;Test all</source>
        <translation>Alle &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Import from Recyclarr</source>
        <translation>Aus Recyclarr importieren</translation>
    </message>
    <message>
        <source>Recyclarr configuration file</source>
        <translation>Konfigurationsdatei von Recyclarr</translation>
    </message>
    <message>
        <source>recyclarr.yml, or the directory that holds it</source>
        <translation>recyclarr.yml oder das Verzeichnis, das sie enthält</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose Recyclarr&apos;s recyclarr.yml</source>
        <translation>Die recyclarr.yml von Recyclarr auswählen</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Die Datei erneut lesen</translation>
    </message>
    <message>
        <source>Instances found</source>
        <translation>Gefundene Instanzen</translation>
    </message>
    <message>
        <source>Checked instances are added; the others say why not</source>
        <translation>Angehakte Instanzen werden hinzugefügt; die übrigen sagen, warum nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Test the connection to every checked instance</source>
        <translation>Die Verbindung zu jeder angehakten Instanz testen</translation>
    </message>
    <message>
        <source>Add the checked instances, their keys to the keychain</source>
        <translation>Die angehakten Instanzen hinzufügen, ihre Schlüssel in den Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Choose Recyclarr&apos;s recyclarr.yml.</source>
        <translation>Wählen Sie die recyclarr.yml von Recyclarr aus.</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration</source>
        <translation>Konfiguration von Recyclarr</translation>
    </message>
    <message>
        <source>Recyclarr configuration (*.yml *.yaml)</source>
        <translation>Recyclarr-Konfiguration (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>%1 in Recyclarr&apos;s %2</source>
        <translation>%1 in %2 von Recyclarr</translation>
    </message>
    <message>
        <source>Ready to add</source>
        <translation>Bereit zum Hinzufügen</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>✖ Cannot be added: %1</source>
        <translation>✖ Kann nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration names no Radarr or Sonarr instance.</source>
        <translation>Die Konfiguration von Recyclarr nennt keine Radarr- oder Sonarr-Instanz.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n instances in %1.</source>
        <translation>
            <numerusform>%n Instanz in %1 gefunden.</numerusform>
            <numerusform>%n Instanzen in %1 gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>%n &amp;hinzufügen</numerusform>
            <numerusform>%n &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt …</translation>
    </message>
    <message>
        <source>Added. %1 The keys are saved in %2 instead, readable only by your user account.</source>
        <translation>Hinzugefügt. %1 Die Schlüssel sind stattdessen in %2 gespeichert, nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseChecker</name>
    <message>
        <source>Select upgrade candidates first: files at their cutoff have nothing better to look for.</source>
        <translation>Wählen Sie zuerst Upgrade-Kandidaten: Dateien, die ihren Cutoff erreichen, haben nichts Besseres zu suchen.</translation>
    </message>
    <message>
        <source>Release lookups are switched off for %1 (Settings › Instances › Release lookups per hour).</source>
        <translation>Release-Abfragen sind für %1 abgeschaltet (Einstellungen › Instanzen › Release-Abfragen pro Stunde).</translation>
    </message>
    <message>
        <source>The selected files&apos; instances are no longer configured.</source>
        <translation>Die Instanzen der ausgewählten Dateien sind nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The selected files have no movie or episode to look up.</source>
        <translation>Die ausgewählten Dateien haben keinen Film und keine Episode zum Abfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lookups</source>
        <translation>
            <numerusform>%1: %Ln Abfrage</numerusform>
            <numerusform>%1: %Ln Abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>; hourly limit: %1</source>
        <translation>; Stundenlimit: %1</translation>
    </message>
    <message numerus="yes">
        <source> — %Ln will be deferred</source>
        <translation>
            <numerusform> — %Ln wird zurückgestellt</numerusform>
            <numerusform> — %Ln werden zurückgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for better releases</source>
        <translation>Auf bessere Releases prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers which releases their indexers offer now for %Ln upgrade candidates?</source>
        <translation>
            <numerusform>Die Server fragen, welche Releases ihre Indexer jetzt für %Ln Upgrade-Kandidaten anbieten?</numerusform>
            <numerusform>Die Server fragen, welche Releases ihre Indexer jetzt für %Ln Upgrade-Kandidaten anbieten?</numerusform>
        </translation>
    </message>
    <message>
        <source>

Each lookup queries every indexer enabled on the server and takes 10–120 seconds; indexers that time out may be backed off, also for the server&apos;s own searches. The items&apos; last search time on the server changes. Lookups run one at a time per instance; those beyond the hourly limit are deferred and say when they may run. Nothing is downloaded.</source>
        <translation>

Jede Abfrage fragt jeden auf dem Server aktivierten Indexer an und dauert 10–120 Sekunden; Indexer, die nicht rechtzeitig antworten, werden vielleicht vorübergehend ausgesetzt, auch für die eigenen Suchen des Servers. Die letzte Suchzeit der Einträge auf dem Server ändert sich. Abfragen laufen je Instanz eine nach der anderen; die über das Stundenlimit hinaus werden zurückgestellt und sagen, wann sie laufen dürfen. Nichts wird heruntergeladen.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Release check cancelled: %Ln items checked</source>
        <translation>
            <numerusform>Release-Prüfung abgebrochen: %Ln Eintrag geprüft</numerusform>
            <numerusform>Release-Prüfung abgebrochen: %Ln Einträge geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln items</source>
        <translation>
            <numerusform>%Ln Eintrag geprüft</numerusform>
            <numerusform>%Ln Einträge geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %Ln with a better release</source>
        <translation>
            <numerusform>: %Ln mit einem besseren Release</numerusform>
            <numerusform>: %Ln mit einem besseren Release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
            <numerusform>, %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln deferred until %1</source>
        <translation>
            <numerusform>, %Ln zurückgestellt bis %1</numerusform>
            <numerusform>, %Ln zurückgestellt bis %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseGrab</name>
    <message>
        <source>%1 has no better release to grab (its latest check says: %2). Check it for better releases first.</source>
        <translation>Für %1 gibt es kein besseres Release zum Holen (die letzte Prüfung sagt: %2). Prüfen Sie zuerst auf bessere Releases.</translation>
    </message>
    <message>
        <source>The latest check of %1 has no pick to grab.</source>
        <translation>Die letzte Prüfung von %1 hat kein gewähltes Release zum Holen.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 has no release with the guid %2.</source>
        <translation>Die letzte Abfrage von %1 enthält kein Release mit der guid %2.</translation>
    </message>
    <message>
        <source>%1 cannot be looked up again: its ids are not known.</source>
        <translation>%1 kann nicht erneut abgefragt werden: Die IDs sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server no longer held the release; looked up again.</source>
        <translation>Der Server hatte das Release nicht mehr; erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Asked %1 to grab &quot;%2&quot; for %3.</source>
        <translation>%1 wurde gebeten, „%2“ für %3 zu holen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer offered for %2 (looked up again); nothing was grabbed.</source>
        <translation>„%1“ wird für %2 nicht mehr angeboten (erneut abgefragt); nichts wurde geholt.</translation>
    </message>
    <message>
        <source>The lookup of %1 is older than 30 minutes and must be repeated, but the hourly cap of release lookups is reached; it may run from %2. Nothing was grabbed.</source>
        <translation>Die Abfrage von %1 ist älter als 30 Minuten und muss wiederholt werden, aber die Obergrenze der Release-Abfragen pro Stunde ist erreicht; sie darf ab %2 laufen. Nichts wurde geholt.</translation>
    </message>
    <message>
        <source>Could not grab for %1: %2</source>
        <translation>Holen für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseGrabber</name>
    <message>
        <source>%1 &quot;%2&quot; will be sent POST /api/v3/release with guid %3 and indexer id %4, and downloads the release; once imported it replaces the file of %5.</source>
        <translation>%1 „%2“ erhält POST /api/v3/release mit guid %3 und Indexer-ID %4 und lädt das Release herunter; nach dem Import ersetzt es die Datei von %5.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1, %2 over the file</source>
        <translation>%1, %2 gegenüber der Datei</translation>
    </message>
    <message>
        <source>From %1: %2, %3, score %4.</source>
        <translation>Von %1: %2, %3, Score %4.</translation>
    </message>
    <message>
        <source>The releases were looked up %1; the server keeps them only 30 minutes, so the item is looked up again first (one of the instance&apos;s hourly release lookups, 10–120 seconds). If the release is no longer offered, nothing is grabbed.</source>
        <translation>Die Releases wurden %1 abgefragt; der Server behält sie nur 30 Minuten, daher wird der Eintrag zuerst erneut abgefragt (eine der stündlichen Release-Abfragen der Instanz, 10–120 Sekunden). Wird das Release nicht mehr angeboten, wird nichts geholt.</translation>
    </message>
    <message>
        <source>%1: this instance is no longer configured, so nothing can be grabbed from it.</source>
        <translation>%1: Diese Instanz ist nicht mehr eingerichtet, daher kann über sie nichts geholt werden.</translation>
    </message>
    <message>
        <source>Grab release</source>
        <translation>Release holen</translation>
    </message>
    <message>
        <source>Grab “%1”?</source>
        <translation>„%1“ holen?</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Holen</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseList</name>
    <message>
        <source>&amp;Grab…</source>
        <translation>&amp;Holen …</translation>
    </message>
    <message>
        <source>Releases found</source>
        <translation>Gefundene Releases</translation>
    </message>
    <message>
        <source>The releases of the latest check, the server&apos;s pick first</source>
        <translation>Die Releases der letzten Prüfung, die Wahl des Servers zuerst</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Score (gain)</source>
        <translation>Score (Zuwachs)</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Server sagt</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Custom Formats</translation>
    </message>
    <message>
        <source>Indexer</source>
        <translation>Indexer</translation>
    </message>
    <message>
        <source>Grab the selected release</source>
        <translation>Das ausgewählte Release holen</translation>
    </message>
    <message>
        <source>Asks the server to download the selected release, after a confirmation</source>
        <translation>Bittet den Server nach einer Bestätigung, das ausgewählte Release herunterzuladen</translation>
    </message>
    <message>
        <source>Not checked for better releases yet: File › Check for Better Releases (Ctrl+Shift+U).</source>
        <translation>Noch nicht auf bessere Releases geprüft: Datei › Auf bessere Releases prüfen (Strg+Umschalt+U).</translation>
    </message>
    <message>
        <source>Deferred: the hourly limit of release lookups was reached; it may run at %1.</source>
        <translation>Zurückgestellt: Das Stundenlimit der Release-Abfragen war erreicht; die Abfrage darf ab %1 laufen.</translation>
    </message>
    <message>
        <source>Checked %1 (%2)</source>
        <translation>Geprüft am %1 (%2)</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n Release</numerusform>
            <numerusform>%n Releases</numerusform>
        </translation>
    </message>
    <message>
        <source>The releases could not be read: %1</source>
        <translation>Die Releases konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Pick: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>The server would take this release as an upgrade</source>
        <translation>Der Server würde dieses Release als Upgrade nehmen</translation>
    </message>
    <message>
        <source>Select a release to grab</source>
        <translation>Wählen Sie ein Release zum Holen</translation>
    </message>
    <message>
        <source>Ask the server to download this release (asks first)</source>
        <translation>Den Server bitten, dieses Release herunterzuladen (fragt vorher)</translation>
    </message>
    <message>
        <source>The server rejects this release: %1</source>
        <translation>Der Server lehnt dieses Release ab: %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseParser</name>
    <message>
        <source>&quot;protocol&quot; is neither a name nor a number</source>
        <translation>„protocol“ ist weder ein Name noch eine Zahl</translation>
    </message>
    <message>
        <source>&quot;episodeNumbers&quot; is not a list of episode numbers</source>
        <translation>„episodeNumbers“ ist keine Liste von Episodennummern</translation>
    </message>
    <message>
        <source>it has no guid and indexer id, which a grab needs</source>
        <translation>es hat keine guid und keine Indexer-ID, die zum Holen nötig sind</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3); nothing of this lookup was kept.</source>
        <translation>Die Antwort auf %1 ist kein gültiges JSON (%2 bei Byte %3); von dieser Abfrage wurde nichts behalten.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list of releases, as the Radarr/Sonarr API has it. Is this the right server and URL base?</source>
        <translation>Die Antwort auf %1 ist keine Liste von Releases, wie es die Radarr/Sonarr-API vorsieht. Ist das der richtige Server und die richtige URL-Basis?</translation>
    </message>
    <message>
        <source>%1: release %2 skipped: not an object.</source>
        <translation>%1: Release %2 übersprungen: kein Objekt.</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>release %1 (&quot;%2&quot;)</source>
        <translation>Release %1 („%2“)</translation>
    </message>
    <message>
        <source>%1: %2 skipped: %3</source>
        <translation>%1: %2 übersprungen: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseVerdict</name>
    <message>
        <source>Better available</source>
        <translation>Besseres verfügbar</translation>
    </message>
    <message>
        <source>Better, rejected</source>
        <translation>Besseres, abgelehnt</translation>
    </message>
    <message>
        <source>Nothing better</source>
        <translation>Nichts Besseres</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Keine Releases</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleasesCommand</name>
    <message>
        <source>releases takes no arguments; did you mean --instance %1?</source>
        <translation>releases nimmt keine Argumente; meinten Sie --instance %1?</translation>
    </message>
    <message>
        <source>releases needs one of --candidates or --item ID; see &quot;arrscore --help&quot;.</source>
        <translation>releases braucht eines von --candidates oder --item ID; siehe &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 items; looking up the top %L2 (--limit N for more).</source>
        <translation>Upgrade-Kandidaten: %L1 Einträge; die besten %L2 werden abgefragt (--limit N für mehr).</translation>
    </message>
    <message>
        <source>Each release lookup makes Radarr or Sonarr query every enabled indexer (10 s to minutes; at most %1 each) and updates the item&apos;s last search time there. Nothing is grabbed.</source>
        <translation>Jede Release-Abfrage lässt Radarr oder Sonarr jeden aktivierten Indexer anfragen (10 s bis Minuten; höchstens %1 je Abfrage) und aktualisiert dort die letzte Suchzeit des Eintrags. Nichts wird geholt.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lookups, one at a time; release_lookups_per_hour: %2.</source>
        <translation>
            <numerusform>%1: %Ln Abfrage; release_lookups_per_hour: %2.</numerusform>
            <numerusform>%1: %Ln Abfragen, eine nach der anderen; release_lookups_per_hour: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in all: episodes of one season share a lookup.</source>
        <translation>
            <numerusform>%Ln Eintrag insgesamt: Episoden einer Staffel teilen sich eine Abfrage.</numerusform>
            <numerusform>%Ln Einträge insgesamt: Episoden einer Staffel teilen sich eine Abfrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items have no movie or episode id to look up and were left out.</source>
        <translation>
            <numerusform>%Ln Eintrag hat keine Film- oder Episoden-ID zum Abfragen und wurde ausgelassen.</numerusform>
            <numerusform>%Ln Einträge haben keine Film- oder Episoden-ID zum Abfragen und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: release lookups are switched off (release_lookups_per_hour: 0 in its configuration).</source>
        <translation>%1: Release-Abfragen sind abgeschaltet (release_lookups_per_hour: 0 in ihrer Konfiguration).</translation>
    </message>
    <message>
        <source>%1: not in the configuration any more, so it cannot be asked.</source>
        <translation>%1: nicht mehr in der Konfiguration, kann also nicht gefragt werden.</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>%1: looking up %2…</source>
        <translation>%1: %2 wird abgefragt …</translation>
    </message>
    <message>
        <source>To grab a pick: arrscore grab --instance %1 --item %2</source>
        <translation>Um ein gewähltes Release zu holen: arrscore grab --instance %1 --item %2</translation>
    </message>
    <message>
        <source>Cancelled: the lookup in flight was stopped, and the items not looked up yet were left out.</source>
        <translation>Abgebrochen: Die laufende Abfrage wurde gestoppt, und die noch nicht abgefragten Einträge wurden ausgelassen.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; looking up all of them.</source>
        <translation>
            <numerusform>Upgrade-Kandidaten: %Ln Eintrag; er wird abgefragt.</numerusform>
            <numerusform>Upgrade-Kandidaten: %Ln Einträge; alle werden abgefragt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReportJson</name>
    <message>
        <source>the data could not be written</source>
        <translation>die Daten konnten nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>arrscore::RequestErrors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln failed requests in a row to %1. The last error: %2</source>
        <translation>
            <numerusform>Nach %Ln fehlgeschlagenen Anfrage an %1 angehalten. Der letzte Fehler: %2</numerusform>
            <numerusform>Nach %Ln fehlgeschlagenen Anfragen in Folge an %1 angehalten. Der letzte Fehler: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key for %1 is sent over plain http, unencrypted: anyone who can watch the network between here and the server can read it and take over Radarr/Sonarr. Use an https address (e.g. through a reverse proxy) or a VPN or SSH tunnel.</source>
        <translation>Der API-Schlüssel für %1 wird über einfaches http gesendet, unverschlüsselt: Wer das Netzwerk zwischen hier und dem Server beobachten kann, kann ihn lesen und Radarr/Sonarr übernehmen. Verwenden Sie eine https-Adresse (z. B. über einen Reverse Proxy), ein VPN oder einen SSH-Tunnel.</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is the server running, and is the port in the URL right?</source>
        <translation>Verbindung von %1 abgelehnt. Läuft der Server, und stimmt der Port in der URL?</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; was not found. Check the URL for a typo, or use the server&apos;s IP address.</source>
        <translation>Der Hostname „%1“ wurde nicht gefunden. Prüfen Sie die URL auf Tippfehler oder verwenden Sie die IP-Adresse des Servers.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded: raise timeout or lower max_concurrency in the configuration.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet. Der Server ist vielleicht überlastet: Erhöhen Sie timeout oder senken Sie max_concurrency in der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2).</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>If it is your server&apos;s own self-signed certificate, pin it in the configuration: tls_fingerprint: &quot;%1&quot; (or install it as a trusted certificate).</source>
        <translation>Ist es das selbstsignierte Zertifikat Ihres eigenen Servers, legen Sie es in der Konfiguration fest: tls_fingerprint: &quot;%1&quot; (oder installieren Sie es als vertrauenswürdiges Zertifikat).</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (HTTP %2). Copy the key from Settings › General › Security in Radarr/Sonarr.</source>
        <translation>Der API-Schlüssel wurde von %1 abgelehnt (HTTP %2). Kopieren Sie den Schlüssel aus Settings › General › Security in Radarr/Sonarr.</translation>
    </message>
    <message>
        <source>%1 has no such API address (HTTP 404). Check the URL base, and that this is a Radarr or Sonarr server of the configured type.</source>
        <translation>%1 kennt diese API-Adresse nicht (HTTP 404). Prüfen Sie die URL-Basis und ob dies ein Radarr- oder Sonarr-Server des konfigurierten Typs ist.</translation>
    </message>
    <message>
        <source>%1 kept asking us to slow down (HTTP 429). Set requests_per_second in the configuration.</source>
        <translation>%1 hat wiederholt um Verlangsamung gebeten (HTTP 429). Setzen Sie requests_per_second in der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is still starting up (HTTP 503). Try again in a minute.</source>
        <translation>%1 startet noch (HTTP 503). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>%1 refused an over-long request (HTTP 414).</source>
        <translation>%1 hat eine zu lange Anfrage abgelehnt (HTTP 414).</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>This is a problem on the server; its log (System › Logs) says more.</source>
        <translation>Das ist ein Problem auf dem Server; sein Protokoll (System › Logs) sagt mehr.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of the API. The URL base is probably wrong: use the address you open Radarr/Sonarr at in a browser, e.g. http://host:7878 or http://host:7878/radarr.</source>
        <translation>%1 hat mit einer Webseite statt der API geantwortet. Die URL-Basis ist wahrscheinlich falsch: Nutzen Sie die Adresse, unter der Sie Radarr/Sonarr im Browser öffnen, z. B. http://host:7878 oder http://host:7878/radarr.</translation>
    </message>
    <message>
        <source>%1 answered with &quot;%2&quot; instead of JSON. Is this a Radarr or Sonarr server?</source>
        <translation>%1 hat mit „%2“ statt JSON geantwortet. Ist das ein Radarr- oder Sonarr-Server?</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%L2 of %L3 bytes).</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die ganze Antwort ankam (%L2 von %L3 Bytes).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen, bevor die ganze Antwort ankam.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and asked to wait %3 before the next request (Retry-After), longer than arrscore waits (%4). Try again later.</source>
        <translation>%1 hat mit HTTP %2 geantwortet und verlangt, vor der nächsten Anfrage %3 zu warten (Retry-After), länger als arrscore wartet (%4). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request may have reached the server, so it was not sent again.</source>
        <translation>Die Anfrage hat den Server vielleicht erreicht, daher wurde sie nicht erneut gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>It was still unavailable after %1 and %n attempt(s).</source>
        <translation>
            <numerusform>Der Server war auch nach %n Versuch (insgesamt %1) noch nicht verfügbar.</numerusform>
            <numerusform>Der Server war auch nach %n Versuchen (insgesamt %1) noch nicht verfügbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %1 and %n attempt(s), the longest one request may take with its retries.</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben (insgesamt %1): So lange darf eine Anfrage mit ihren Wiederholungen höchstens dauern.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben (insgesamt %1): So lange darf eine Anfrage mit ihren Wiederholungen höchstens dauern.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 (timeout: %3 in the configuration). The server may be overloaded or the connection slow: raise timeout or lower max_concurrency.</source>
        <translation>%1 hat nicht innerhalb von %2 fertig geantwortet (timeout: %3 in der Konfiguration). Der Server ist vielleicht überlastet oder die Verbindung langsam: Erhöhen Sie timeout oder senken Sie max_concurrency.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on a request to %1 after %2 and %n attempt(s): that is the longest one request may take with its retries. The server is too slow or keeps failing; check its health (System › Status), or raise timeout.</source>
        <translation>
            <numerusform>Eine Anfrage an %1 wurde nach %n Versuch aufgegeben (insgesamt %2): So lange darf eine Anfrage mit ihren Wiederholungen höchstens dauern. Der Server ist zu langsam oder scheitert immer wieder; prüfen Sie seinen Zustand (System › Status) oder erhöhen Sie timeout.</numerusform>
            <numerusform>Eine Anfrage an %1 wurde nach %n Versuchen aufgegeben (insgesamt %2): So lange darf eine Anfrage mit ihren Wiederholungen höchstens dauern. Der Server ist zu langsam oder scheitert immer wieder; prüfen Sie seinen Zustand (System › Status) oder erhöhen Sie timeout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB (%3), more than any Radarr/Sonarr library needs, so it was not read. Check that the URL points at Radarr or Sonarr.</source>
        <translation>%1 hat eine Antwort größer als %2 MiB gesendet (%3), mehr als jede Radarr/Sonarr-Bibliothek braucht, daher wurde sie nicht gelesen. Prüfen Sie, ob die URL auf Radarr oder Sonarr zeigt.</translation>
    </message>
    <message>
        <source>%1 MiB announced</source>
        <translation>%1 MiB angekündigt</translation>
    </message>
    <message>
        <source>still arriving</source>
        <translation>noch unterwegs</translation>
    </message>
    <message>
        <source>The answer from %1 arrived damaged (its gzip data is not valid).</source>
        <translation>Die Antwort von %1 kam beschädigt an (ihre gzip-Daten sind ungültig).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not match tls_fingerprint. Nothing was sent to it (not the API key either). If the server&apos;s certificate was renewed, pin the new one.</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht das festgelegte: Sein Fingerabdruck %2 stimmt nicht mit tls_fingerprint überein. Nichts wurde an den Server gesendet (auch nicht der API-Schlüssel). Wurde das Zertifikat des Servers erneuert, legen Sie das neue fest.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not match tls_fingerprint.</source>
        <translation>Das TLS-Zertifikat von %1 ist nicht das festgelegte: Sein Fingerabdruck %2 stimmt nicht mit tls_fingerprint überein.</translation>
    </message>
    <message>
        <source>its fingerprint %1 does not match the pinned tls_fingerprint</source>
        <translation>sein Fingerabdruck %1 stimmt nicht mit dem festgelegten tls_fingerprint überein</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another scheme, host or port. The API key is sent only to the configured address, so the redirect was not followed. If %2 is really your server, set url: to that address in the configuration.</source>
        <translation>%1 hat auf %2 umgeleitet, auf ein anderes Schema, einen anderen Host oder Port. Der API-Schlüssel wird nur an die konfigurierte Adresse gesendet, daher wurde der Umleitung nicht gefolgt. Ist %2 wirklich Ihr Server, setzen Sie url: in der Konfiguration auf diese Adresse.</translation>
    </message>
    <message>
        <source>The server at %1 redirected to %2, which is not an API address. Check the URL and its URL base.</source>
        <translation>Der Server unter %1 hat auf %2 umgeleitet, was keine API-Adresse ist. Prüfen Sie die URL und ihre URL-Basis.</translation>
    </message>
    <message>
        <source>The server redirected %1 to %2: the URL base is missing from the configured URL. Followed it; set the url to %2 to avoid the extra request.</source>
        <translation>Der Server hat %1 auf %2 umgeleitet: In der konfigurierten URL fehlt die URL-Basis. Der Umleitung wurde gefolgt; setzen Sie die URL auf %2, um die zusätzliche Anfrage zu vermeiden.</translation>
    </message>
</context>
<context>
    <name>arrscore::RetentionPolicy</name>
    <message numerus="yes">
        <source>every sync of the last %n days</source>
        <translation>
            <numerusform>jede Synchronisierung des letzten Tages</numerusform>
            <numerusform>jede Synchronisierung der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n days</source>
        <translation>
            <numerusform>je Tag einer für %n Tag</numerusform>
            <numerusform>je Tag einer für %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n weeks</source>
        <translation>
            <numerusform>je Woche einer für %n Woche</numerusform>
            <numerusform>je Woche einer für %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n months</source>
        <translation>
            <numerusform>je Monat einer für %n Monat</numerusform>
            <numerusform>je Monat einer für %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>every snapshot</source>
        <translation>jeder Snapshot</translation>
    </message>
    <message>
        <source>always the latest</source>
        <translation>immer der neueste</translation>
    </message>
</context>
<context>
    <name>arrscore::ScheduleCommand</name>
    <message>
        <source>How often: 30m, 6h, 1d.</source>
        <translation>Wie oft: 30m, 6h, 1d.</translation>
    </message>
    <message>
        <source>Usage: arrscore schedule install --every 6h [--notify] [--report PATH] | schedule status | schedule remove</source>
        <translation>Aufruf: arrscore schedule install --every 6h [--notify] [--report PFAD] | schedule status | schedule remove</translation>
    </message>
    <message>
        <source>A scheduled sync needs a configuration file: it runs without this shell&apos;s environment. Create arrscore.yaml (see README.md) and pass --config FILE.</source>
        <translation>Eine geplante Synchronisierung braucht eine Konfigurationsdatei: Sie läuft ohne die Umgebung dieser Shell. Legen Sie arrscore.yaml an (siehe README.md) und übergeben Sie --config DATEI.</translation>
    </message>
    <message>
        <source>warning: the key of %1 comes from the environment variable %2, which a scheduled sync does not have. Put the key in the keychain (the app&apos;s Settings) or the file, or give the job that variable.</source>
        <translation>Warnung: Der Schlüssel von %1 kommt aus der Umgebungsvariable %2, die eine geplante Synchronisierung nicht hat. Legen Sie den Schlüssel in den Schlüsselbund (Einstellungen der App) oder in die Datei, oder geben Sie dem Auftrag diese Variable.</translation>
    </message>
    <message>
        <source>Windows has no timer arrscore can install by itself. To sync every %1, run this in a command prompt (Task Scheduler shows the task as %2):</source>
        <translation>Windows hat keinen Timer, den arrscore selbst einrichten kann. Um alle %1 zu synchronisieren, führen Sie dies in einer Eingabeaufforderung aus (die Aufgabenplanung zeigt die Aufgabe als %2):</translation>
    </message>
    <message>
        <source>To remove it: schtasks /Delete /TN %1 /F</source>
        <translation>Zum Entfernen: schtasks /Delete /TN %1 /F</translation>
    </message>
    <message>
        <source>To sync every %1, save this as ~/Library/LaunchAgents/org.arrscore.sync.plist and run &quot;launchctl load ~/Library/LaunchAgents/org.arrscore.sync.plist&quot; (unload and delete it to remove):</source>
        <translation>Um alle %1 zu synchronisieren, speichern Sie dies als ~/Library/LaunchAgents/org.arrscore.sync.plist und führen Sie &quot;launchctl load ~/Library/LaunchAgents/org.arrscore.sync.plist&quot; aus (zum Entfernen entladen und löschen):</translation>
    </message>
    <message>
        <source>Let cron run the sync every %1 instead: run &quot;crontab -e&quot; and add this line:</source>
        <translation>Lassen Sie stattdessen cron alle %1 synchronisieren: Führen Sie &quot;crontab -e&quot; aus und fügen Sie diese Zeile hinzu:</translation>
    </message>
    <message>
        <source>cron mails what the sync prints to the job&apos;s owner, where mail is set up; add &quot;--log-file PATH&quot; after the program to keep a log instead.</source>
        <translation>cron schickt die Ausgabe der Synchronisierung per Mail an den Besitzer des Auftrags, wo Mail eingerichtet ist; fügen Sie stattdessen &quot;--log-file PFAD&quot; nach dem Programm hinzu, um ein Protokoll zu führen.</translation>
    </message>
    <message>
        <source>systemctl was not found, so there is no systemd here.</source>
        <translation>systemctl wurde nicht gefunden, hier gibt es also kein systemd.</translation>
    </message>
    <message>
        <source>There is no systemd user instance to run a timer (&quot;systemctl --user is-system-running&quot; says: %1).</source>
        <translation>Es gibt keine systemd-Benutzerinstanz, die einen Timer ausführen könnte (&quot;systemctl --user is-system-running&quot; meldet: %1).</translation>
    </message>
    <message>
        <source>Cannot write the systemd units in %1: %2</source>
        <translation>Die systemd-Units in %1 können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The units are in %1, but systemd did not enable the timer: %2
Run &quot;systemctl --user enable --now %3&quot; to try again, or &quot;arrscore schedule remove&quot; to delete them.</source>
        <translation>Die Units liegen in %1, aber systemd hat den Timer nicht aktiviert: %2
Führen Sie &quot;systemctl --user enable --now %3&quot; aus, um es erneut zu versuchen, oder &quot;arrscore schedule remove&quot;, um sie zu löschen.</translation>
    </message>
    <message>
        <source>Installed: arrscore syncs every %1 (systemd user timer %2, units in %3).</source>
        <translation>Eingerichtet: arrscore synchronisiert alle %1 (systemd-Benutzer-Timer %2, Units in %3).</translation>
    </message>
    <message>
        <source>The timer runs while you are logged in; to run it without a session too: &quot;loginctl enable-linger&quot;. Its output: &quot;journalctl --user -u %1.service&quot;.</source>
        <translation>Der Timer läuft, während Sie angemeldet sind; damit er auch ohne Sitzung läuft: &quot;loginctl enable-linger&quot;. Seine Ausgabe: &quot;journalctl --user -u %1.service&quot;.</translation>
    </message>
    <message>
        <source>arrscore does not install schedules here; see &quot;arrscore schedule install&quot; for what to set up.</source>
        <translation>arrscore richtet hier keine Zeitpläne ein; &quot;arrscore schedule install&quot; zeigt, was einzurichten ist.</translation>
    </message>
    <message>
        <source>No schedule is installed (there is no %1).</source>
        <translation>Kein Zeitplan ist eingerichtet (es gibt kein %1).</translation>
    </message>
    <message>
        <source>Without systemd a crontab line runs the sync: &quot;crontab -l&quot; lists it.</source>
        <translation>Ohne systemd führt eine crontab-Zeile die Synchronisierung aus: &quot;crontab -l&quot; listet sie auf.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>systemd cannot say when the timer runs: %1</source>
        <translation>systemd kann nicht sagen, wann der Timer läuft: %1</translation>
    </message>
    <message>
        <source>systemctl was not found</source>
        <translation>systemctl wurde nicht gefunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Timer: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Nächster Lauf: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Letztes Ergebnis: %1</translation>
    </message>
    <message>
        <source>arrscore does not install schedules here; remove the task or plist you created.</source>
        <translation>arrscore richtet hier keine Zeitpläne ein; entfernen Sie die Aufgabe oder plist, die Sie angelegt haben.</translation>
    </message>
    <message>
        <source>No schedule is installed; nothing was removed.</source>
        <translation>Kein Zeitplan ist eingerichtet; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>A crontab line you added is removed with &quot;crontab -e&quot;.</source>
        <translation>Eine selbst hinzugefügte crontab-Zeile entfernen Sie mit &quot;crontab -e&quot;.</translation>
    </message>
    <message>
        <source>note: systemd did not disable the timer: %1</source>
        <translation>Hinweis: systemd hat den Timer nicht deaktiviert: %1</translation>
    </message>
    <message>
        <source>Cannot delete %1; delete it by hand.</source>
        <translation>%1 kann nicht gelöscht werden; löschen Sie es von Hand.</translation>
    </message>
    <message>
        <source>Removed the scheduled sync (%1).</source>
        <translation>Geplante Synchronisierung entfernt (%1).</translation>
    </message>
</context>
<context>
    <name>arrscore::ScheduleUnits</name>
    <message>
        <source>--every takes a number and a unit: 30m, 6h or 1d; got &quot;%1&quot;.</source>
        <translation>--every erwartet eine Zahl und eine Einheit: 30m, 6h oder 1d; erhalten: „%1“.</translation>
    </message>
    <message>
        <source>--every %1 is too often: at least every %2 minutes. Each sync reads every file of each library from the server, so more often only adds load on Radarr and Sonarr.</source>
        <translation>--every %1 ist zu oft: Der Abstand muss mindestens %2 Minuten betragen. Jede Synchronisierung liest jede Datei jeder Bibliothek vom Server, öfter belastet also nur Radarr und Sonarr zusätzlich.</translation>
    </message>
    <message>
        <source>--every %1 is longer than 31 days; sync at least once a month.</source>
        <translation>--every %1 ist länger als 31 Tage; synchronisieren Sie mindestens einmal im Monat.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ScoreHistoryChart</name>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 (%4)</source>
        <translation>%1 · Score %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>no quality or release group known</source>
        <translation>keine Qualität oder Release-Gruppe bekannt</translation>
    </message>
    <message>
        <source>No stored version of this file has a score (the server does not score it).</source>
        <translation>Keine gespeicherte Version dieser Datei hat einen Score (der Server bewertet sie nicht).</translation>
    </message>
    <message>
        <source>Cutoff %1</source>
        <translation>Cutoff %1</translation>
    </message>
    <message>
        <source>One sync so far: each sync that changes this file adds a point.</source>
        <translation>Bisher eine Synchronisierung: Jede Synchronisierung, die diese Datei ändert, fügt einen Punkt hinzu.</translation>
    </message>
    <message>
        <source>The score has not changed since the first stored sync.</source>
        <translation>Der Score hat sich seit der ersten gespeicherten Synchronisierung nicht geändert.</translation>
    </message>
    <message>
        <source>Score history</source>
        <translation>Score-Verlauf</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchCommand</name>
    <message>
        <source>Search for the top upgrade candidates.</source>
        <translation>Nach den besten Upgrade-Kandidaten suchen.</translation>
    </message>
    <message>
        <source>A file id, as in exports.</source>
        <translation>Eine Datei-ID, wie in Exporten.</translation>
    </message>
    <message>
        <source>Only say what would be searched for.</source>
        <translation>Nur sagen, wonach gesucht würde.</translation>
    </message>
    <message>
        <source>search takes no arguments; did you mean --instance %1?</source>
        <translation>search nimmt keine Argumente; meinten Sie --instance %1?</translation>
    </message>
    <message>
        <source>search needs exactly one of --candidates, --item ID or --file FILE_ID; see &quot;arrscore --help&quot;.</source>
        <translation>search braucht genau eines von --candidates, --item ID oder --file DATEI_ID; siehe &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>Would ask %1 &quot;%2&quot; to search for %3 (%4): %5</source>
        <translation>Würde %1 „%2“ bitten, nach %3 zu suchen (%4): %5</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1: not in the configuration any more, so it cannot be asked to search.</source>
        <translation>%1: nicht mehr in der Konfiguration, kann also nicht um eine Suche gebeten werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln Episode</numerusform>
            <numerusform>%Ln Episoden</numerusform>
        </translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <source>%1  (%2; file %3)</source>
        <translation>%1  (%2; Datei %3)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Search items within their cooldown too.</source>
        <translation>Auch Einträge innerhalb ihrer Sperrfrist suchen.</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 items; searching for the top %L2 (--limit N for more).</source>
        <translation>Upgrade-Kandidaten: %L1 Einträge; nach den besten %L2 wird gesucht (--limit N für mehr).</translation>
    </message>
    <message>
        <source>Nothing to search for now.</source>
        <translation>Im Moment gibt es nichts zu suchen.</translation>
    </message>
    <message>
        <source>Send these searches?</source>
        <translation>Diese Suchen senden?</translation>
    </message>
    <message>
        <source>Nothing was sent: run it again with --yes to search, or in a terminal to be asked.</source>
        <translation>Nichts wurde gesendet: Führen Sie den Befehl erneut mit --yes aus, um zu suchen, oder in einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>Will ask %1 &quot;%2&quot; to search for %3 (%4): %5</source>
        <translation>Wird %1 „%2“ bitten, nach %3 zu suchen (%4): %5</translation>
    </message>
    <message>
        <source>%1: searched %2, again from %3</source>
        <translation>%1: gesucht am %2, wieder ab %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched within their cooldown (search_cooldown_days), so skipped; --force searches them too:</source>
        <translation>Innerhalb ihrer Sperrfrist gesucht (search_cooldown_days), daher übersprungen; --force sucht auch nach ihnen:</translation>
    </message>
    <message>
        <source>Searched again within their cooldown because of --force:</source>
        <translation>Wegen --force innerhalb ihrer Sperrfrist erneut gesucht:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are over the hourly cap (searches_per_hour; %1) and are not sent; --force does not change that.</source>
        <translation>
            <numerusform>%Ln Eintrag liegt über der Obergrenze pro Stunde (searches_per_hour; %1) und wird nicht gesendet; --force ändert daran nichts.</numerusform>
            <numerusform>%Ln Einträge liegen über der Obergrenze pro Stunde (searches_per_hour; %1) und werden nicht gesendet; --force ändert daran nichts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following the commands for up to %1 (Ctrl-C stops following; the searches go on).</source>
        <translation>Die Befehle werden bis zu %1 lang verfolgt (Strg-C beendet das Verfolgen; die Suchen laufen weiter).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Command %1 on &quot;%2&quot;: %3</source>
        <translation>Befehl %1 auf „%2“: %3</translation>
    </message>
    <message>
        <source>Commands still running go on on the server: &quot;arrscore searches&quot; shows what became of them.</source>
        <translation>Noch laufende Befehle laufen auf dem Server weiter: &quot;arrscore searches&quot; zeigt, was aus ihnen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; searching for all of them.</source>
        <translation>
            <numerusform>Upgrade-Kandidaten: %Ln Eintrag; nach ihm wird gesucht.</numerusform>
            <numerusform>Upgrade-Kandidaten: %Ln Einträge; nach allen wird gesucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send these searches, %Ln of them for items in an upgrade loop?</source>
        <translation>
            <numerusform>Diese Suchen senden, davon %Ln für einen Eintrag in einer Upgrade-Schleife?</numerusform>
            <numerusform>Diese Suchen senden, davon %Ln für Einträge in einer Upgrade-Schleife?</numerusform>
        </translation>
    </message>
    <message>
        <source>In an upgrade loop (arrscore audit --kind upgrade-loop): searching again may grab the same release again.</source>
        <translation>In einer Upgrade-Schleife (arrscore audit --kind upgrade-loop): Eine erneute Suche holt womöglich wieder dasselbe Release.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchLogCommand</name>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>searches takes no arguments; did you mean --instance %1?</source>
        <translation>searches nimmt keine Argumente; meinten Sie --instance %1?</translation>
    </message>
    <message>
        <source>searches takes one --instance.</source>
        <translation>searches nimmt nur ein --instance.</translation>
    </message>
    <message>
        <source>No search or grab was sent yet.</source>
        <translation>Bisher wurde keine Suche und kein Holauftrag gesendet.</translation>
    </message>
    <message>
        <source>No search or grab was sent to &quot;%1&quot; yet.</source>
        <translation>Bisher wurde keine Suche und kein Holauftrag an „%1“ gesendet.</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>Befehl %1</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>kein Befehl</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4): %5</source>
        <translation>%1  %2  %3 (%4): %5</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (erzwungen)</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>Release: %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--json lists all)</source>
        <translation>
            <numerusform>… und %Ln weiterer (--json listet alle auf)</numerusform>
            <numerusform>… und %Ln weitere (--json listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Per instance:</source>
        <translation>Je Instanz:</translation>
    </message>
    <message>
        <source>Per profile:</source>
        <translation>Je Profil:</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchOutcomes</name>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message numerus="yes">
        <source>Searched %n item(s)</source>
        <translation>
            <numerusform>%n Eintrag gesucht</numerusform>
            <numerusform>%n Einträge gesucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, upgraded %n</source>
        <translation>
            <numerusform>, %n verbessert</numerusform>
            <numerusform>, %n verbessert</numerusform>
        </translation>
    </message>
    <message>
        <source> (median gain %1)</source>
        <translation> (Median-Zuwachs %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n ausstehend</numerusform>
            <numerusform>, %n ausstehend</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchPlanner</name>
    <message numerus="yes">
        <source>Skipped %n item(s) searched within their cooldown.</source>
        <translation>
            <numerusform>%n Eintrag übersprungen, der innerhalb seiner Sperrfrist gesucht wurde.</numerusform>
            <numerusform>%n Einträge übersprungen, die innerhalb ihrer Sperrfrist gesucht wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced: %n item(s) searched again within their cooldown.</source>
        <translation>
            <numerusform>Erzwungen: %n Eintrag innerhalb seiner Sperrfrist erneut gesucht.</numerusform>
            <numerusform>Erzwungen: %n Einträge innerhalb ihrer Sperrfrist erneut gesucht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out: the hourly cap of searches is reached.</source>
        <translation>
            <numerusform>%n Eintrag ausgelassen: Die Obergrenze der Suchen pro Stunde ist erreicht.</numerusform>
            <numerusform>%n Einträge ausgelassen: Die Obergrenze der Suchen pro Stunde ist erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>„%1“: %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchRows</name>
    <message>
        <source>Search (movies)</source>
        <translation>Suche (Filme)</translation>
    </message>
    <message>
        <source>Search (episodes)</source>
        <translation>Suche (Episoden)</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Holen</translation>
    </message>
    <message numerus="yes">
        <source>%n upgraded</source>
        <translation>
            <numerusform>%n verbessert</numerusform>
            <numerusform>%n verbessert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>cooldown overridden</source>
        <translation>Sperrfrist übergangen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Every instance</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchStore</name>
    <message>
        <source>Cannot count the searches in the database %1.</source>
        <translation>Die Suchen in der Datenbank %1 können nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Cannot read the searches from the database %1.</source>
        <translation>Die Suchen können nicht aus der Datenbank %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot record a search in the database %1.</source>
        <translation>Eine Suche kann nicht in der Datenbank %1 vermerkt werden.</translation>
    </message>
    <message>
        <source>Cannot record a search&apos;s state in the database %1.</source>
        <translation>Der Status einer Suche kann nicht in der Datenbank %1 vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchesPage</name>
    <message>
        <source>Search success per instance and profile</source>
        <translation>Sucherfolg je Instanz und Profil</translation>
    </message>
    <message>
        <source>Items of the selected search</source>
        <translation>Einträge der ausgewählten Suche</translation>
    </message>
    <message>
        <source>Each item searched, its score then and, once upgraded, now</source>
        <translation>Jeder gesuchte Eintrag, sein Score damals und, sobald verbessert, jetzt</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Every search and grab sent to Radarr/Sonarr, newest first, with the server&apos;s state and message. After each sync an item counts as &lt;i&gt;upgraded&lt;/i&gt; when it has a new file with a higher score or a better quality, &lt;i&gt;pending&lt;/i&gt; while its cooldown runs, else &lt;i&gt;unchanged&lt;/i&gt;. Select a search to see its items.</source>
        <translation>Jede Suche und jeder Holauftrag an Radarr/Sonarr, die neuesten zuerst, mit Status und Meldung des Servers. Nach jeder Synchronisierung gilt ein Eintrag als &lt;i&gt;verbessert&lt;/i&gt;, wenn er eine neue Datei mit höherem Score oder besserer Qualität hat, als &lt;i&gt;ausstehend&lt;/i&gt;, solange seine Sperrfrist läuft, sonst als &lt;i&gt;unverändert&lt;/i&gt;. Wählen Sie eine Suche, um ihre Einträge zu sehen.</translation>
    </message>
    <message>
        <source>No search sent yet. Select files in Library or Upgrade candidates and use File › Search for Upgrades (Ctrl+U) or Grab in the detail pane; each search is remembered here.</source>
        <translation>Noch keine Suche gesendet. Wählen Sie Dateien in Bibliothek oder Upgrade-Kandidaten und nutzen Sie Datei › Nach Upgrades suchen (Strg+U) oder Holen im Detailbereich; jede Suche wird hier festgehalten.</translation>
    </message>
</context>
<context>
    <name>arrscore::SecretStore</name>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Enter it again in the app&apos;s Settings, or set api_key or api_key_env for this instance in the configuration.</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für „%1“. Geben Sie ihn in den Einstellungen der App erneut ein oder setzen Sie api_key oder api_key_env für diese Instanz in der Konfiguration.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the API key of &quot;%2&quot; cannot be %3 there. Put it in the configuration file instead (api_key or api_key_env).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1), daher kann der API-Schlüssel von „%2“ dort nicht %3 werden. Schreiben Sie ihn stattdessen in die Konfigurationsdatei (api_key oder api_key_env).</translation>
    </message>
    <message>
        <source>read from</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key of &quot;%1&quot; (%2). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf den API-Schlüssel von „%1“ verweigert (%2). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2. Unlock or start it, or put the key in the configuration file instead (api_key or api_key_env).</source>
        <translation>Der Schlüsselbund ist für „%1“ fehlgeschlagen: %2. Entsperren oder starten Sie ihn, oder schreiben Sie den Schlüssel stattdessen in die Konfigurationsdatei (api_key oder api_key_env).</translation>
    </message>
    <message>
        <source>The keychain did not answer for &quot;%1&quot; within 30 s.</source>
        <translation>Der Schlüsselbund hat für „%1“ nicht innerhalb von 30 s geantwortet.</translation>
    </message>
    <message>
        <source>The keychain holds no %1. Enter it again in the app&apos;s Settings › Notifications, or set it in the configuration file.</source>
        <translation>Der Schlüsselbund enthält keinen Eintrag für %1. Geben Sie den Wert in den Einstellungen der App › Benachrichtigungen erneut ein oder setzen Sie ihn in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the %2 cannot be %3 there. Put it in the configuration file instead (or name an environment variable with *_env).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1), daher kann %2 dort nicht %3 werden. Schreiben Sie den Wert stattdessen in die Konfigurationsdatei (oder nennen Sie mit *_env eine Umgebungsvariable).</translation>
    </message>
    <message>
        <source>The keychain refused access to the %1 (%2). Unlock the keychain and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf %1 verweigert (%2). Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed for the %1: %2. Unlock or start it, or put the secret in the configuration file instead.</source>
        <translation>Der Schlüsselbund ist für %1 fehlgeschlagen: %2. Entsperren oder starten Sie ihn, oder schreiben Sie das Geheimnis stattdessen in die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1 of notification &quot;%2&quot;</source>
        <translation>„%1“ der Benachrichtigung „%2“</translation>
    </message>
    <message>
        <source>The keychain did not answer for the %1 within 30 s.</source>
        <translation>Der Schlüsselbund hat für %1 nicht innerhalb von 30 s geantwortet.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time for the notification secrets.</source>
        <translation>Der Schlüsselbund hat für die Geheimnisse der Benachrichtigungen nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>arrscore::ServerEvent</name>
    <message>
        <source>Grabbed</source>
        <translation>Geholt</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Download fehlgeschlagen</translation>
    </message>
    <message>
        <source>Download ignored</source>
        <translation>Download ignoriert</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
    <message>
        <source>File renamed</source>
        <translation>Datei umbenannt</translation>
    </message>
</context>
<context>
    <name>arrscore::ServerHistoryStore</name>
    <message>
        <source>Cannot read the server history of %1 from the database %2.</source>
        <translation>Der Server-Verlauf von %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue ids of %1 from the database %2.</source>
        <translation>Die Katalog-IDs von %1 können nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read snapshot %1 from the database %2.</source>
        <translation>Snapshot %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsAppearancePage</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsDatabasePage</name>
    <message>
        <source>/path/to/arrscore.db or postgresql://user@host/dbname</source>
        <translation>/pfad/zu/arrscore.db oder postgresql://benutzer@host/datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Use this database</source>
        <translation>Diese Datenbank &amp;verwenden</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Verwendung:</translation>
    </message>
    <message>
        <source>&amp;New location:</source>
        <translation>&amp;Neuer Ort:</translation>
    </message>
    <message>
        <source>An SQLite file (created when it does not exist) or a PostgreSQL URL. It is opened before it is saved; an empty field means the default location, %1. A PostgreSQL password may also come from ARRSCORE_DB_PASSWORD or PGPASSWORD. The history already synced stays in the old database.</source>
        <translation>Eine SQLite-Datei (wird angelegt, wenn es sie nicht gibt) oder eine PostgreSQL-URL. Sie wird vor dem Speichern geöffnet; ein leeres Feld bedeutet den Standardort %1. Ein PostgreSQL-Passwort kann auch aus ARRSCORE_DB_PASSWORD oder PGPASSWORD kommen. Der bereits synchronisierte Verlauf bleibt in der alten Datenbank.</translation>
    </message>
    <message>
        <source>ARRSCORE_DB is set in the environment and overrides this setting.</source>
        <translation>ARRSCORE_DB ist in der Umgebung gesetzt und hat Vorrang vor dieser Einstellung.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it, e.g. %2.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei darin, z. B. %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Öffne %1 …</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>Jetzt in Verwendung: %1.</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instanzen</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>Dars&amp;tellung</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>Benachrichtigu&amp;ngen</translation>
    </message>
    <message>
        <source>Tray &amp;&amp; Sc&amp;hedule</source>
        <translation>Infobereich &amp;&amp; &amp;Zeitplan</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsInstancesPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is synced again.</source>
        <translation>„%1“ wird wieder synchronisiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out of syncs.</source>
        <translation>„%1“ wird beim Synchronisieren ausgelassen.</translation>
    </message>
    <message>
        <source>Saved in %1, which the command line reads too. API keys are kept in your system&apos;s keychain.</source>
        <translation>Gespeichert in %1, das auch die Kommandozeile liest. API-Schlüssel liegen im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Synced with the others when checked</source>
        <translation>Wird mit den anderen synchronisiert, wenn angehakt</translation>
    </message>
    <message>
        <source>%1 The key of &quot;%2&quot; is saved in %3 instead, readable only by your user account.</source>
        <translation>%1 Der Schlüssel von „%2“ wird stattdessen in %3 gespeichert, nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the configuration and its API key from the keychain? Its history stays in the database.</source>
        <translation>„%1“ aus der Konfiguration und seinen API-Schlüssel aus dem Schlüsselbund entfernen? Sein Verlauf bleibt in der Datenbank.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed, but its key stays in the keychain: %2</source>
        <translation>„%1“ entfernt, aber sein Schlüssel bleibt im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Teste %1 …</translation>
    </message>
    <message>
        <source>%1: no API key to test with. Edit the instance and enter it.</source>
        <translation>%1: kein API-Schlüssel zum Testen. Bearbeiten Sie die Instanz und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Import from Re&amp;cyclarr…</source>
        <translation>Aus Re&amp;cyclarr importieren …</translation>
    </message>
    <message>
        <source>Add the Radarr and Sonarr instances Recyclarr&apos;s recyclarr.yml configures</source>
        <translation>Die Radarr- und Sonarr-Instanzen hinzufügen, die in der recyclarr.yml von Recyclarr konfiguriert sind</translation>
    </message>
    <message numerus="yes">
        <source>%n instances added from Recyclarr.</source>
        <translation>
            <numerusform>%n Instanz aus Recyclarr hinzugefügt.</numerusform>
            <numerusform>%n Instanzen aus Recyclarr hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsNotificationsPage</name>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>at least %n changed files</source>
        <translation>
            <numerusform>mindestens %n geänderte Datei</numerusform>
            <numerusform>mindestens %n geänderte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sends on</source>
        <translation>Sendet bei</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Send after each &amp;sync (the app&apos;s and arrscore sync&apos;s)</source>
        <translation>Nach jeder &amp;Synchronisierung senden (der App und von arrscore sync)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Send a sample summary to the selected target</source>
        <translation>Eine Beispielzusammenfassung an das ausgewählte Ziel senden</translation>
    </message>
    <message>
        <source>Every sync sends its summary to the enabled targets: the app&apos;s, and arrscore sync&apos;s without --notify (notify_after_sync: true).</source>
        <translation>Jede Synchronisierung sendet ihre Zusammenfassung an die aktiven Ziele: die der App und die von arrscore sync ohne --notify (notify_after_sync: true).</translation>
    </message>
    <message>
        <source>Saved in %1, which the command line reads too. URLs, tokens and passwords are kept in your system&apos;s keychain.</source>
        <translation>Gespeichert in %1, das auch die Kommandozeile liest. URLs, Tokens und Passwörter liegen im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Sent to when checked</source>
        <translation>Erhält Benachrichtigungen, wenn angehakt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>%1 The secrets of &quot;%2&quot; are saved in %3 instead, readable only by your user account.</source>
        <translation>%1 Die Geheimnisse von „%2“ werden stattdessen in %3 gespeichert, nur für Ihr Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove the notification &quot;%1&quot; from the configuration and its secrets from the keychain? Syncs no longer send to it.</source>
        <translation>Die Benachrichtigung „%1“ aus der Konfiguration und ihre Geheimnisse aus dem Schlüsselbund entfernen? Synchronisierungen senden dann nicht mehr an sie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed, but its secrets stay in the keychain: %2</source>
        <translation>„%1“ entfernt, aber die Geheimnisse bleiben im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Sende eine Testnachricht an %1 …</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sent to again.</source>
        <translation>„%1“ erhält wieder Benachrichtigungen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out.</source>
        <translation>„%1“ wird ausgelassen.</translation>
    </message>
    <message>
        <source>Every sync now sends its summary to the enabled targets.</source>
        <translation>Jede Synchronisierung sendet ihre Zusammenfassung jetzt an die aktiven Ziele.</translation>
    </message>
    <message>
        <source>Syncs send nothing unless asked to (arrscore sync --notify).</source>
        <translation>Synchronisierungen senden nur auf Wunsch (arrscore sync --notify).</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsTrayPage</name>
    <message>
        <source>Show an icon in the tr&amp;ay</source>
        <translation>Symbol im Info&amp;bereich anzeigen</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>&amp;Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>The icon&apos;s menu shows the window, syncs and quits; closing the window then keeps the app running in the tray.</source>
        <translation>Das Menü des Symbols zeigt das Fenster, synchronisiert und beendet; das Schließen des Fensters lässt die App dann im Infobereich weiterlaufen.</translation>
    </message>
    <message>
        <source>Sync every so many hours while the app runs</source>
        <translation>Alle so viele Stunden synchronisieren, solange die App läuft</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>While the app runs (also hidden in the tray) it syncs every instance this often, counted from the last sync, yours or one from the command line. 0: only when you sync.</source>
        <translation>Solange die App läuft (auch versteckt im Infobereich), synchronisiert sie jede Instanz so oft, gezählt ab der letzten Synchronisierung, Ihrer oder einer von der Kommandozeile. 0: nur, wenn Sie synchronisieren.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the app cannot keep running without its window.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Die App kann ohne ihr Fenster nicht weiterlaufen.</translation>
    </message>
    <message>
        <source>To sync while the app is closed, let the system do it: arrscore schedule install --every 6h (see the user guide).</source>
        <translation>Um zu synchronisieren, während die App geschlossen ist, überlassen Sie es dem System: arrscore schedule install --every 6h (siehe Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Synchronisieren alle:</translation>
    </message>
    <message numerus="yes">
        <source> hours</source>
        <comment>sync every N hours</comment>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every menu command can also be reached with Alt and its underlined letter, and F10 opens the menus.</source>
        <translation>Jeder Menübefehl ist auch mit Alt und seinem unterstrichenen Buchstaben erreichbar, und F10 öffnet die Menüs.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each menu with its commands and their keys.</source>
        <translation>Jedes Menü mit seinen Befehlen und deren Tasten.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>kein Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>arrscore::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Upgrade candidates</source>
        <translation>Upgrade-Kandidaten</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Custom Formats</translation>
    </message>
    <message>
        <source>Quality profiles</source>
        <translation>Qualitätsprofile</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Views and instances</source>
        <translation>Ansichten und Instanzen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Show every instance</source>
        <translation>Jede Instanz zeigen</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisiere …</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>letzte Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>letzte Synchronisierung %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotDiffer</name>
    <message>
        <source>Cannot compare the snapshots in the database %1.</source>
        <translation>Die Snapshots in der Datenbank %1 können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Snapshot %1 is of %2 and snapshot %3 of %4: only snapshots of one instance can be compared.</source>
        <translation>Snapshot %1 gehört zu %2 und Snapshot %3 zu %4: Nur Snapshots einer Instanz lassen sich vergleichen.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotPruner</name>
    <message>
        <source>Cannot delete old snapshots from the database %1. Nothing was deleted.</source>
        <translation>Alte Snapshots können nicht aus der Datenbank %1 gelöscht werden. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Say which snapshots to delete: keep the newest N, or those older than a date.</source>
        <translation>Geben Sie an, welche Snapshots gelöscht werden: die neuesten N behalten, oder die vor einem Datum löschen.</translation>
    </message>
    <message>
        <source>At least the latest snapshot of each instance is kept: keep 1 or more.</source>
        <translation>Mindestens der neueste Snapshot jeder Instanz bleibt erhalten: Behalten Sie 1 oder mehr.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotSaveQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotStore</name>
    <message>
        <source>A snapshot without an instance name cannot be stored.</source>
        <translation>Ein Snapshot ohne Instanznamen kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Der Verlauf von %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read snapshot %1 from the database %2.</source>
        <translation>Snapshot %1 kann nicht aus der Datenbank %2 gelesen werden.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in the database %2.</source>
        <translation>In der Datenbank %2 gibt es keinen Snapshot %1.</translation>
    </message>
    <message>
        <source>Cannot read the list of snapshots from the database %1.</source>
        <translation>Die Liste der Snapshots kann nicht aus der Datenbank %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read the instances from the database %1.</source>
        <translation>Die Instanzen können nicht aus der Datenbank %1 gelesen werden.</translation>
    </message>
    <message>
        <source>No snapshot of an instance named &quot;%1&quot; in %2. Synced instances: %3.</source>
        <translation>Kein Snapshot einer Instanz namens „%1“ in %2. Synchronisierte Instanzen: %3.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Cannot store the snapshot in the database %1.</source>
        <translation>Der Snapshot kann nicht in der Datenbank %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving the snapshot was cancelled; nothing was stored.</source>
        <translation>Das Speichern des Snapshots wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>arrscore::SonarrFetcher</name>
    <message>
        <source>/series, then episodefile and episode per series (Sonarr v3: no custom formats, scores unavailable)</source>
        <translation>/series, dann episodefile und episode je Serie (Sonarr v3: keine Custom Formats, keine Scores)</translation>
    </message>
    <message>
        <source>/series, then episodefile?seriesId= and episode?seriesId= per series</source>
        <translation>/series, dann episodefile?seriesId= und episode?seriesId= je Serie</translation>
    </message>
    <message numerus="yes">
        <source>The episodes of %n series name %1 episode files</source>
        <translation>
            <numerusform>Die Episoden von %n Serie nennen %1 Episodendateien</numerusform>
            <numerusform>Die Episoden von %n Serien nennen %1 Episodendateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SummaryText</name>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>See the report or `arrscore diff` for the other instances.</source>
        <translation>Die übrigen Instanzen zeigen der Bericht oder `arrscore diff`.</translation>
    </message>
    <message>
        <source>Biggest upgrades</source>
        <translation>Größte Verbesserungen</translation>
    </message>
    <message>
        <source>Open the HTML report</source>
        <translation>HTML-Bericht öffnen</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Neu bewertet</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>New upgrade candidates</source>
        <translation>Neue Upgrade-Kandidaten</translation>
    </message>
    <message>
        <source>Candidates resolved</source>
        <translation>Erledigte Kandidaten</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln verbessert</numerusform>
            <numerusform>%Ln verbessert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln verschlechtert</numerusform>
            <numerusform>%Ln verschlechtert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln ersetzt</numerusform>
            <numerusform>%Ln ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln neu bewertet</numerusform>
            <numerusform>%Ln neu bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln hinzugefügt</numerusform>
            <numerusform>%Ln hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln entfernt</numerusform>
            <numerusform>%Ln entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) failed</source>
        <translation>
            <numerusform>%n Instanz fehlgeschlagen</numerusform>
            <numerusform>%n Instanzen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Arr Score sync: %1</source>
        <translation>Arr-Score-Synchronisierung: %1</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new upgrade candidate(s)</source>
        <translation>
            <numerusform>%Ln neuer Upgrade-Kandidat</numerusform>
            <numerusform>%Ln neue Upgrade-Kandidaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) resolved</source>
        <translation>
            <numerusform>%Ln Kandidat erledigt</numerusform>
            <numerusform>%Ln Kandidaten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>first sync, %Ln file(s) stored</source>
        <translation>
            <numerusform>erste Synchronisierung, %Ln Datei gespeichert</numerusform>
            <numerusform>erste Synchronisierung, %Ln Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) re-scored: %1</source>
        <translation>
            <numerusform>%Ln Datei neu bewertet: %1</numerusform>
            <numerusform>%Ln Dateien neu bewertet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>This is a test message from &quot;arrscore notify --test&quot;; the numbers are made up.</source>
        <translation>Dies ist eine Testnachricht von &quot;arrscore notify --test&quot;; die Zahlen sind erfunden.</translation>
    </message>
    <message>
        <source>Biggest upgrades:</source>
        <translation>Größte Verbesserungen:</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncCommand</name>
    <message>
        <source>strategy: %1</source>
        <translation>Strategie: %1</translation>
    </message>
    <message>
        <source>%1: FAILED (%2) — %3</source>
        <translation>%1: FEHLGESCHLAGEN (%2) — %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>series</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: failed (%2): %3</source>
        <translation>%1: fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored: for every instance the previous snapshot remains the current one.</source>
        <translation>Abgebrochen. Nichts wurde gespeichert: Für jede Instanz bleibt der vorherige Snapshot der aktuelle.</translation>
    </message>
    <message>
        <source>Cancelled. Instances stored before the cancel: %1; for the others the previous snapshot remains the current one.</source>
        <translation>Abgebrochen. Vor dem Abbruch gespeicherte Instanzen: %1; für die anderen bleibt der vorherige Snapshot der aktuelle.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message numerus="yes">
        <source>storing %Ln files…</source>
        <translation>
            <numerusform>speichere %Ln Datei …</numerusform>
            <numerusform>speichere %Ln Dateien …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files, snapshot %1</source>
        <translation>
            <numerusform>%Ln Datei, Snapshot %1</numerusform>
            <numerusform>%Ln Dateien, Snapshot %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4, %5 — snapshot %6</source>
        <translation>%1: %2 in %3, %4, %5 — Snapshot %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln Anfrage</numerusform>
            <numerusform>%Ln Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances: %2 in %3, %4, %5.</source>
        <translation>
            <numerusform>%1 von %Ln Instanz synchronisiert: %2 in %3, %4, %5.</numerusform>
            <numerusform>%1 von %Ln Instanzen synchronisiert: %2 in %3, %4, %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK — %2 %3 at %4, %L5 ms</source>
        <translation>%1: OK — %2 %3 unter %4, %L5 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %Ln more warnings</source>
        <translation>
            <numerusform>%1: … und %Ln weitere Warnung</numerusform>
            <numerusform>%1: … und %Ln weitere Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention (%1) pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>Die Aufbewahrung (%1) hat %Ln alten Snapshot gelöscht.</numerusform>
            <numerusform>Die Aufbewahrung (%1) hat %Ln alte Snapshots gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncJob</name>
    <message>
        <source>The server is %1 %2, not Radarr or Sonarr.</source>
        <translation>Der Server ist %1 %2, nicht Radarr oder Sonarr.</translation>
    </message>
    <message>
        <source>The server is %1 %2, but the instance is configured as %3. Set type: %4.</source>
        <translation>Der Server ist %1 %2, aber die Instanz ist als %3 konfiguriert. Setzen Sie type: %4.</translation>
    </message>
    <message>
        <source>%1 did not answer the test within %2.</source>
        <translation>%1 hat auf den Test nicht innerhalb von %2 geantwortet.</translation>
    </message>
    <message>
        <source> (%1 of %2 done)</source>
        <translation> (%1 von %2 erledigt)</translation>
    </message>
    <message>
        <source>If the server is only slow, give this instance more time in the configuration: sync_timeout: %1 (seconds).</source>
        <translation>Ist der Server nur langsam, geben Sie dieser Instanz in der Konfiguration mehr Zeit: sync_timeout: %1 (Sekunden).</translation>
    </message>
    <message>
        <source>%1 did not finish syncing within %2%3: it was stopped and nothing of it was stored. %4</source>
        <translation>%1 hat die Synchronisierung nicht innerhalb von %2 abgeschlossen%3: Sie wurde abgebrochen, und nichts davon wurde gespeichert. %4</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncLock</name>
    <message>
        <source>A sync of %1 is running since %2 (pid %3 on host %4); try again later.</source>
        <translation>Eine Synchronisierung von %1 läuft seit %2 (PID %3 auf Host %4); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>unbekannter Zeit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 that keeps two syncs of %2 apart: check that its folder is writable.</source>
        <translation>Die Sperrdatei %1, die zwei Synchronisierungen von %2 auseinanderhält, kann nicht angelegt werden: Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot lock the sync of %1 in %2.</source>
        <translation>Die Synchronisierung von %1 in %2 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncNotifications</name>
    <message numerus="yes">
        <source>Notification sent to %n targets.</source>
        <translation>
            <numerusform>Benachrichtigung an %n Ziel gesendet.</numerusform>
            <numerusform>Benachrichtigung an %n Ziele gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln notifications could not be delivered.</source>
        <translation>
            <numerusform>%1 von %Ln Benachrichtigung konnte nicht zugestellt werden.</numerusform>
            <numerusform>%1 von %Ln Benachrichtigungen konnten nicht zugestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the sync changed could not be read, so no notification was sent</source>
        <translation>Was die Synchronisierung geändert hat, konnte nicht gelesen werden, daher wurde keine Benachrichtigung gesendet</translation>
    </message>
    <message>
        <source>No notification was sent.</source>
        <translation>Es wurde keine Benachrichtigung gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncProgress</name>
    <message>
        <source>%1: connecting</source>
        <translation>%1: verbinde</translation>
    </message>
    <message>
        <source>%1: storing</source>
        <translation>%1: speichere</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: fertig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; what was stored before stays (Esc)</source>
        <translation>Synchronisierung anhalten; was vorher gespeichert war, bleibt (Esc)</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncSession</name>
    <message>
        <source>old snapshots were not deleted (retention: %1): %2</source>
        <translation>alte Snapshots wurden nicht gelöscht (Aufbewahrung: %1): %2</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncSummaryBuilder</name>
    <message>
        <source>profile HD Bluray + WEB: x265 (HD) 0→-10000</source>
        <translation>Profil HD Bluray + WEB: x265 (HD) 0→-10000</translation>
    </message>
    <message>
        <source>Connection refused by 127.0.0.1:8989: is Sonarr running?</source>
        <translation>Verbindung von 127.0.0.1:8989 abgelehnt: Läuft Sonarr?</translation>
    </message>
</context>
<context>
    <name>arrscore::TablePage</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Spalten an Inhalt anpassen</translation>
    </message>
</context>
<context>
    <name>arrscore::ThirdPartyComponents</name>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3</source>
        <translation>GNU Lesser General Public License v3</translation>
    </message>
    <message>
        <source>yaml-cpp</source>
        <translation>yaml-cpp</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT-Lizenz</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>BSD 3-Clause License</source>
        <translation>BSD-Lizenz mit 3 Klauseln</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Gemeinfrei</translation>
    </message>
    <message>
        <source>libpq</source>
        <translation>libpq</translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation>PostgreSQL-Lizenz</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (kompiliert mit %2)</translation>
    </message>
</context>
<context>
    <name>arrscore::TrayController</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>Fenster &amp;anzeigen</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>Fenster &amp;verbergen</translation>
    </message>
    <message>
        <source>Arr Score Exporter is still running</source>
        <translation>Arr Score Exporter läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watch from the tray. Click the icon to open the window; quit from the icon&apos;s menu.</source>
        <translation>Die App läuft im Infobereich weiter. Klicken Sie auf das Symbol, um das Fenster zu öffnen; beenden Sie sie über das Menü des Symbols.</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Nächste Synchronisierung: %1</translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeCells</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rejected better: %1</source>
        <translation>Besseres abgelehnt: %1</translation>
    </message>
    <message>
        <source>Nothing better</source>
        <translation>Nichts Besseres</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Keine Releases</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deferred until %1</source>
        <translation>Zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Score %1, %2 over the file</source>
        <translation>Score %1, %2 gegenüber der Datei</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>The hourly limit of release lookups is reached; it may run at %1.</source>
        <translation>Das Stundenlimit der Release-Abfragen ist erreicht; die Abfrage darf ab %1 laufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n releases found</source>
        <translation>
            <numerusform>%n Release gefunden</numerusform>
            <numerusform>%n Releases gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearch</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered the %2 command with something that is not a command (no id). The search may have been queued; check System › Tasks in %3.</source>
        <translation>%1 hat auf den Befehl %2 mit etwas geantwortet, das kein Befehl ist (keine ID). Die Suche wurde vielleicht eingereiht; prüfen Sie System › Tasks in %3.</translation>
    </message>
    <message>
        <source>%1 does not know the %2 command. Is it really a %3 server? Check the type of the instance &quot;%4&quot; in the configuration.</source>
        <translation>%1 kennt den Befehl %2 nicht. Ist es wirklich ein %3-Server? Prüfen Sie den Typ der Instanz „%4“ in der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Asking %1 to search for %2…</source>
        <translation>%1 wird gebeten, nach %2 zu suchen …</translation>
    </message>
    <message>
        <source>Nothing to ask %1 to search for.</source>
        <translation>Es gibt nichts, wonach %1 suchen könnte.</translation>
    </message>
    <message>
        <source>Asked %1 to search for %2 (%3).</source>
        <translation>%1 wurde gebeten, nach %2 zu suchen (%3).</translation>
    </message>
    <message>
        <source>Stopped asking %1 to search.</source>
        <translation>Keine weiteren Suchanfragen an %1.</translation>
    </message>
    <message>
        <source>Could not ask %1 to search for %2: %3</source>
        <translation>%1 konnte nicht gebeten werden, nach %2 zu suchen: %3</translation>
    </message>
    <message>
        <source>Already queued before that: %1 of %2 (%3).</source>
        <translation>Schon vorher eingereiht: %1 von %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln Episode</numerusform>
            <numerusform>%Ln Episoden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>command %1</source>
        <comment>the ids of the commands, comma-separated</comment>
        <translation>
            <numerusform>Befehl %1</numerusform>
            <numerusform>Befehle %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearcher</name>
    <message>
        <source>%1: this instance is no longer configured, so it cannot be asked to search.</source>
        <translation>%1: Diese Instanz ist nicht mehr eingerichtet und kann daher nicht zur Suche aufgefordert werden.</translation>
    </message>
    <message>
        <source>The selected files have nothing to search for.</source>
        <translation>Für die ausgewählten Dateien gibt es nichts zu suchen.</translation>
    </message>
    <message>
        <source>Search for upgrades</source>
        <translation>Nach Upgrades suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>Radarr &quot;%1&quot;: %Ln movies</source>
        <translation>
            <numerusform>Radarr „%1“: %Ln Film</numerusform>
            <numerusform>Radarr „%1“: %Ln Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sonarr &quot;%1&quot;: %Ln episodes</source>
        <translation>
            <numerusform>Sonarr „%1“: %Ln Episode</numerusform>
            <numerusform>Sonarr „%1“: %Ln Episoden</numerusform>
        </translation>
    </message>
    <message>
        <source> (hourly limit: %1)</source>
        <translation> (Stundenlimit: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %Ln items searched within their cooldown</source>
        <translation>
            <numerusform>Übersprungen: %Ln Eintrag, innerhalb seiner Sperrfrist gesucht</numerusform>
            <numerusform>Übersprungen: %Ln Einträge, innerhalb ihrer Sperrfrist gesucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched again despite the cooldown: %Ln items</source>
        <translation>
            <numerusform>Trotz Sperrfrist erneut gesucht: %Ln Eintrag</numerusform>
            <numerusform>Trotz Sperrfrist erneut gesucht: %Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %Ln items beyond the hourly limit</source>
        <translation>
            <numerusform>Nicht gesendet: %Ln Eintrag über dem Stundenlimit</numerusform>
            <numerusform>Nicht gesendet: %Ln Einträge über dem Stundenlimit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of the %Ln selected files can be searched now.</source>
        <translation>
            <numerusform>Die %Ln ausgewählte Datei kann jetzt nicht gesucht werden.</numerusform>
            <numerusform>Für keine der %Ln ausgewählten Dateien kann jetzt gesucht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers to search their indexers for better releases of %Ln items?</source>
        <translation>
            <numerusform>Die Server bitten, ihre Indexer nach besseren Releases für %Ln Eintrag zu durchsuchen?</numerusform>
            <numerusform>Die Server bitten, ihre Indexer nach besseren Releases für %Ln Einträge zu durchsuchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>

Each server queues the search and grabs what its quality profile prefers; this uses your indexers&apos; API limits. Every search is recorded in the Searches view.</source>
        <translation>

Jeder Server reiht die Suche ein und holt, was sein Qualitätsprofil bevorzugt; das verbraucht die API-Limits Ihrer Indexer. Jede Suche wird in der Ansicht „Suchen“ festgehalten.</translation>
    </message>
    <message>
        <source>Search anyway (ignore cooldown)</source>
        <translation>Trotzdem suchen (Sperrfrist ignorieren)</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the Audit view).</source>
        <translation>
            <numerusform>… und %Ln weiterer (siehe Ansicht „Audit“).</numerusform>
            <numerusform>… und %Ln weitere (siehe Ansicht „Audit“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected items are in an upgrade loop: their server grabbed the same release again and again without a better file. Search anyway?</source>
        <translation>
            <numerusform>%Ln der ausgewählten Einträge ist in einer Upgrade-Schleife: Sein Server hat immer wieder dasselbe Release geholt, ohne eine bessere Datei. Trotzdem suchen?</numerusform>
            <numerusform>%Ln der ausgewählten Einträge sind in einer Upgrade-Schleife: Ihr Server hat immer wieder dasselbe Release geholt, ohne eine bessere Datei. Trotzdem suchen?</numerusform>
        </translation>
    </message>
    <message>
        <source>

A search will most likely grab the same release once more. Usually a custom format matches the release&apos;s name but not the renamed file: the Audit view shows each grab and import with its score.</source>
        <translation>

Eine Suche holt höchstwahrscheinlich noch einmal dasselbe Release. Meist passt ein Custom Format zum Namen des Releases, aber nicht zur umbenannten Datei: Die Ansicht „Audit“ zeigt jeden Holvorgang und Import mit seinem Score.</translation>
    </message>
    <message>
        <source>Search Anyway</source>
        <translation>Trotzdem suchen</translation>
    </message>
</context>
<context>
    <name>arrscore::UserGuide</name>
    <message>
        <source>Arr Score Exporter User Guide</source>
        <translation>Arr Score Exporter – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The previous page (Alt+Left)</source>
        <translation>Die vorherige Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>Die erste Seite des Handbuchs</translation>
    </message>
</context>
<context>
    <name>arrscore::ViewExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>The report has no trend: %1</source>
        <translation>Der Bericht enthält keinen Trend: %1</translation>
    </message>
    <message>
        <source>The report has no audit: %1</source>
        <translation>Der Bericht enthält kein Audit: %1</translation>
    </message>
    <message>
        <source>The report has no trend and no audit: %1</source>
        <translation>Der Bericht enthält weder Trend noch Audit: %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ViewStack</name>
    <message>
        <source>What each custom format adds to the files shown: its score in their profiles, summed. &lt;i&gt;Files it would lift to the cutoff&lt;/i&gt; counts files below the cutoff that this format&apos;s score alone would lift to it.</source>
        <translation>Was jedes Custom Format zu den angezeigten Dateien beiträgt: sein Score in deren Profilen, summiert. &lt;i&gt;Dateien, die es zum Cutoff heben würde&lt;/i&gt; zählt Dateien unter dem Cutoff, die der Score dieses Formats allein dorthin heben würde.</translation>
    </message>
    <message>
        <source>Each quality profile&apos;s cutoffs and how the files shown meet them.</source>
        <translation>Die Cutoffs jedes Qualitätsprofils und wie die angezeigten Dateien sie erreichen.</translation>
    </message>
    <message>
        <source>Open in Radarr</source>
        <translation>In Radarr öffnen</translation>
    </message>
    <message>
        <source>Open in Sonarr</source>
        <translation>In Sonarr öffnen</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>Titel kopieren</translation>
    </message>
    <message>
        <source>Files below their profile&apos;s cutoff score or quality, most worth upgrading first. Priority = 100 × (score gap ÷ the profile&apos;s scale, at most 2, + the quality gap ÷ the cutoff&apos;s rank). Select files to check which better releases the indexers offer now (Ctrl+Shift+U) or to search for an upgrade (Ctrl+U).</source>
        <translation>Dateien unter dem Cutoff-Score oder der Cutoff-Qualität ihres Profils, die lohnendsten Upgrades zuerst. Priorität = 100 × (Score-Abstand ÷ Skala des Profils, höchstens 2, + Qualitätsabstand ÷ Rang des Cutoffs). Wählen Sie Dateien, um zu prüfen, welche besseren Releases die Indexer jetzt anbieten (Strg+Umschalt+U), oder um nach einem Upgrade zu suchen (Strg+U).</translation>
    </message>
</context>
<context>
    <name>arrscore::WelcomePage</name>
    <message>
        <source>Welcome to Arr Score Exporter</source>
        <translation>Willkommen bei Arr Score Exporter</translation>
    </message>
    <message>
        <source>See the custom format score of every file in your Radarr and Sonarr libraries, sort and filter by it, and keep its history.</source>
        <translation>Sehen Sie den Custom-Format-Score jeder Datei in Ihren Radarr- und Sonarr-Bibliotheken, sortieren und filtern Sie danach und behalten Sie seinen Verlauf.</translation>
    </message>
    <message>
        <source>Explore the demo library</source>
        <translation>Demo-Bibliothek erkunden</translation>
    </message>
    <message>
        <source>Starts a simulated Radarr and Sonarr inside the app and syncs them. Nothing leaves this computer; the demo keeps its own database.</source>
        <translation>Startet ein simuliertes Radarr und Sonarr in der App und synchronisiert sie. Nichts verlässt diesen Computer; die Demo hat ihre eigene Datenbank.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect your own server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eigenen Server verbinden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add an instance…</source>
        <translation>Instanz hinzufügen …</translation>
    </message>
    <message>
        <source>Enter the address of your Radarr or Sonarr and its API key; Test shows what it finds. The key goes to your system&apos;s keychain.</source>
        <translation>Geben Sie die Adresse Ihres Radarr oder Sonarr und seinen API-Schlüssel ein; „Testen“ zeigt, was es findet. Der Schlüssel kommt in den Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>Or write them into &lt;code&gt;%1&lt;/code&gt; — the command line (&lt;code&gt;arrscore test&lt;/code&gt;, &lt;code&gt;arrscore sync&lt;/code&gt;) reads the same file, and instances added here are saved there:</source>
        <translation>Oder tragen Sie sie in &lt;code&gt;%1&lt;/code&gt; ein — die Kommandozeile (&lt;code&gt;arrscore test&lt;/code&gt;, &lt;code&gt;arrscore sync&lt;/code&gt;) liest dieselbe Datei, und hier hinzugefügte Instanzen werden dort gespeichert:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custom format scores of your Radarr and Sonarr libraries.</source>
        <translation>Custom-Format-Scores Ihrer Radarr- und Sonarr-Bibliotheken.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Die Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Start with the demo library.</source>
        <translation>Mit der Demo-Bibliothek starten.</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Zeigt Versionsinformationen an.</translation>
    </message>
</context>
</TS>
