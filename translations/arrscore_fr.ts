<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BuildInfo</name>
    <message>
        <source>Commit: %1</source>
        <translation>Commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt&#xa0;: %1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>arrscore::AboutDialog</name>
    <message>
        <source>About Arr Score Exporter</source>
        <translation>À propos d&apos;Arr Score Exporter</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>&amp;Composants</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>&amp;Licence</translation>
    </message>
    <message>
        <source>Arr Score Exporter icon</source>
        <translation>Icône d&apos;Arr Score Exporter</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Custom format scores of your Radarr and Sonarr libraries, their history, and what is worth upgrading.</source>
        <translation>Les scores de formats personnalisés de vos bibliothèques Radarr et Sonarr, leur historique, et ce qui mérite une mise à niveau.</translation>
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
        <translation>Licence&#xa0;: %1, la GNU General Public License, version 3 ou toute version ultérieure. L&apos;onglet «&#xa0;Licence&#xa0;» en donne le texte.</translation>
    </message>
    <message>
        <source>Arr Score Exporter is built on these libraries, each under its own licence:</source>
        <translation>Arr Score Exporter s&apos;appuie sur ces bibliothèques, chacune sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Bibliothèques et leurs licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>absente de cette version compilée</translation>
    </message>
    <message>
        <source>Home pages: %1</source>
        <translation>Sites web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Home pages of the libraries</source>
        <translation>Sites web des bibliothèques</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>The GNU General Public License, version 3, which Arr Score Exporter is distributed under.</source>
        <translation>La GNU General Public License, version 3, sous laquelle Arr Score Exporter est distribué.</translation>
    </message>
</context>
<context>
    <name>arrscore::AnalysisCommands</name>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>CUTOFF</source>
        <translation>SEUIL</translation>
    </message>
    <message>
        <source>GAP</source>
        <translation>ÉCART</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÉ</translation>
    </message>
    <message>
        <source>PRIORITY</source>
        <translation>PRIORITÉ</translation>
    </message>
    <message>
        <source>TOP REASON</source>
        <translation>RAISON PRINCIPALE</translation>
    </message>
    <message>
        <source>Nothing to analyse: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Rien à analyser&#xa0;: %1 ne contient encore aucun instantané. Lancez d&apos;abord &quot;arrscore sync&quot;.</translation>
    </message>
    <message>
        <source>--limit expects a number of 0 or more, not &quot;%1&quot;.</source>
        <translation>--limit attend un nombre supérieur ou égal à 0, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %1 of %Ln files; %2 more are capped (their profile allows no upgrades).</source>
        <translation>
            <numerusform>Candidats à la mise à niveau&#xa0;: %1 sur %Ln fichier&#xa0;; %2 de plus sont plafonnés (leur profil n&apos;autorise pas de mise à niveau).</numerusform>
            <numerusform>Candidats à la mise à niveau&#xa0;: %1 sur %Ln fichiers&#xa0;; %2 de plus sont plafonnés (leur profil n&apos;autorise pas de mise à niveau).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files have no score (Sonarr v3): they are judged on quality only.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas de score (Sonarr v3)&#xa0;: il est jugé sur la qualité seule.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas de score (Sonarr v3)&#xa0;: ils sont jugés sur la qualité seule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files use a profile the snapshot does not know and were not judged.</source>
        <translation>
            <numerusform>%Ln fichier utilise un profil que l&apos;instantané ne connaît pas et n&apos;a pas été jugé.</numerusform>
            <numerusform>%Ln fichiers utilisent un profil que l&apos;instantané ne connaît pas et n&apos;ont pas été jugés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library health: %1/100 (%2 of %3 checks passed over %Ln files)</source>
        <translation>
            <numerusform>Santé de la bibliothèque&#xa0;: %1/100 (%2 vérifications réussies sur %3, pour %Ln fichier)</numerusform>
            <numerusform>Santé de la bibliothèque&#xa0;: %1/100 (%2 vérifications réussies sur %3, pour %Ln fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>What would raise it most:</source>
        <translation>Ce qui l&apos;améliorerait le plus&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles:</source>
        <translation>Profils&#xa0;:</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANCE</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>MEAN</source>
        <translation>MOYENNE</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MÉDIANE</translation>
    </message>
    <message>
        <source>AT/ABOVE</source>
        <translation>ATTEINT</translation>
    </message>
    <message>
        <source>CANDIDATES</source>
        <translation>CANDIDATS</translation>
    </message>
    <message>
        <source>Top formats by contribution:</source>
        <translation>Formats qui contribuent le plus&#xa0;:</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>WOULD REACH CUTOFF</source>
        <translation>ATTEINDRAIT LE SEUIL</translation>
    </message>
    <message>
        <source>Movies: %1, %2.</source>
        <translation>Films&#xa0;: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln collections of mixed quality</source>
        <translation>
            <numerusform>%Ln collection de qualité mélangée</numerusform>
            <numerusform>%Ln collections de qualité mélangée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in 2160p without HDR</source>
        <translation>
            <numerusform>%Ln fichier en 2160p sans HDR</numerusform>
            <numerusform>%Ln fichiers en 2160p sans HDR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trend (the last %Ln syncs per instance at most):</source>
        <translation>
            <numerusform>Tendance (au plus la dernière synchronisation par instance)&#xa0;:</numerusform>
            <numerusform>Tendance (au plus les %Ln dernières synchronisations par instance)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>mean %1, %2, upgrades: %3</source>
        <translation>moyenne %1, %2, mises à niveau&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates</source>
        <translation>
            <numerusform>%Ln candidat</numerusform>
            <numerusform>%Ln candidats</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %L1 more (--limit N, or --json for all with every reason).</source>
        <translation>… et %L1 de plus (--limit N, ou --json pour tous avec chaque raison).</translation>
    </message>
    <message>
        <source>(no upgrades; %L1 capped)</source>
        <translation>(pas de mises à niveau&#xa0;; %L1 plafonnés)</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 (capped: %L2). Run &quot;arrscore candidates&quot; for the list.</source>
        <translation>Candidats à la mise à niveau&#xa0;: %L1 (plafonnés&#xa0;: %L2). &quot;arrscore candidates&quot; en donne la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Seasons: %Ln of %L1 are inconsistent (mixed release groups or qualities, or an episode far below its siblings).</source>
        <translation>
            <numerusform>Saisons&#xa0;: %Ln sur %L1 est incohérente (groupes de release ou qualités mélangés, ou un épisode très en dessous des autres).</numerusform>
            <numerusform>Saisons&#xa0;: %Ln sur %L1 sont incohérentes (groupes de release ou qualités mélangés, ou un épisode très en dessous des autres).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ApiParser</name>
    <message>
        <source>The answer to %1 is not a JSON object. Is this a Radarr or Sonarr server?</source>
        <translation>La réponse à %1 n&apos;est pas un objet JSON. Est-ce un serveur Radarr ou Sonarr&#xa0;?</translation>
    </message>
    <message>
        <source>The answer to %1 has no readable version. Is this a Radarr or Sonarr server?</source>
        <translation>La réponse à %1 ne contient pas de version lisible. Est-ce un serveur Radarr ou Sonarr&#xa0;?</translation>
    </message>
    <message>
        <source>The answer to %1 ends early (%L2 bytes): it was cut off on the way. Nothing of this instance was stored; try again.</source>
        <translation>La réponse à %1 s&apos;arrête trop tôt (%L2 octets)&#xa0;: elle a été coupée en route. Rien de cette instance n&apos;a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3). Nothing of this instance was stored.</source>
        <translation>La réponse à %1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3). Rien de cette instance n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list, as the Radarr/Sonarr API has it. Is this the right server and URL base?</source>
        <translation>La réponse à %1 n&apos;est pas une liste, comme le prévoit l&apos;API de Radarr/Sonarr. Est-ce le bon serveur et la bonne base d&apos;URL&#xa0;?</translation>
    </message>
    <message>
        <source>%1: item %2 skipped: not an object.</source>
        <translation>%1&#xa0;: élément %2 ignoré&#xa0;: ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>%1 %2 skipped: %3</source>
        <translation>%1 %2 ignoré&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>movie file %1: its formats&apos; scores in the profile %2 add up to %3, beyond what a score can be; read as %4.</source>
        <translation>fichier de film %1&#xa0;: les scores de ses formats dans le profil %2 totalisent %3, au-delà de ce qu&apos;un score peut valoir&#xa0;; lu comme %4.</translation>
    </message>
</context>
<context>
    <name>arrscore::AuditCommands</name>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln shared items</source>
        <translation>
            <numerusform>%Ln élément commun</numerusform>
            <numerusform>%Ln éléments communs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in some</source>
        <translation>
            <numerusform>%Ln dans certaines seulement</numerusform>
            <numerusform>%Ln dans certaines seulement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles that drift</source>
        <translation>
            <numerusform>%Ln profil divergent</numerusform>
            <numerusform>%Ln profils divergents</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared items (quality and score in each instance):</source>
        <translation>Éléments communs (qualité et score dans chaque instance)&#xa0;:</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Only in some instances (— where there is no file):</source>
        <translation>Seulement dans certaines instances (— là où il n&apos;y a pas de fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>Profiles of the same name whose format scores differ:</source>
        <translation>Profils de même nom dont les scores de formats diffèrent&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only findings of this kind (%1).</source>
        <translation>Seulement les constats de ce type (%1).</translation>
    </message>
    <message>
        <source>Unknown finding kind &quot;%1&quot;: the kinds are %2.</source>
        <translation>Type de constat inconnu «&#xa0;%1&#xa0;»&#xa0;: les types sont %2.</translation>
    </message>
    <message>
        <source>No findings: the stored history shows no upgrade loop, score mismatch or repeated failure.</source>
        <translation>Aucun constat&#xa0;: l&apos;historique enregistré ne montre ni boucle de mise à niveau, ni écart de score, ni échecs répétés.</translation>
    </message>
    <message>
        <source>No findings of the kinds asked for.</source>
        <translation>Aucun constat des types demandés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings (%1).</source>
        <translation>
            <numerusform>%Ln constat (%1).</numerusform>
            <numerusform>%Ln constats (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>épisode %1</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3, file %4</source>
        <translation>%1 · %2 · %3, fichier %4</translation>
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
        <translation>Type de constat</translation>
    </message>
    <message>
        <source>Filter by title, instance or explanation</source>
        <translation>Filtrer par titre, instance ou explication</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Montrer&#xa0;:</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Constats de l&apos;audit</translation>
    </message>
    <message>
        <source>One finding a row: its kind, instance, item, file and a short explanation</source>
        <translation>Un constat par ligne&#xa0;: son type, son instance, son élément, son fichier et une courte explication</translation>
    </message>
    <message>
        <source>What each server&apos;s own history says about its upgrades: the same release grabbed again and again, grabs scored differently once imported, scores that changed or do not add up, downloads that keep failing. Select a finding for its explanation and the item&apos;s timeline, with the score the server gave at each step.</source>
        <translation>Ce que l&apos;historique de chaque serveur dit de ses mises à niveau&#xa0;: la même release récupérée encore et encore, des récupérations notées autrement une fois importées, des scores qui ont changé ou dont le total ne correspond pas, des téléchargements qui échouent sans cesse. Sélectionnez un constat pour lire son explication et la chronologie de l&apos;élément, avec le score donné par le serveur à chaque étape.</translation>
    </message>
    <message>
        <source>The Audit explains why files were (not) upgraded, from each server&apos;s own history: what it grabbed, imported, failed to download and deleted, with the score it gave at each step. It finds upgrade loops (the same release grabbed again and again), grabs whose file scores lower once imported, files whose score changed with no edit of their profile, reported scores that do not add up, and downloads that keep failing.</source>
        <translation>L&apos;Audit explique pourquoi des fichiers ont (ou n&apos;ont pas) été mis à niveau, d&apos;après l&apos;historique de chaque serveur&#xa0;: ce qu&apos;il a récupéré, importé, échoué à télécharger et supprimé, avec le score donné à chaque étape. Il trouve les boucles de mise à niveau (la même release récupérée encore et encore), les récupérations dont le fichier obtient un score plus bas une fois importé, les fichiers dont le score a changé sans modification de leur profil, les scores signalés dont le total ne correspond pas, et les téléchargements qui échouent sans cesse.</translation>
    </message>
    <message>
        <source>Nothing to explain in the history read so far. Each sync reads what is new in the servers&apos; history (the first one the last 90 days, Settings › Instances › History).</source>
        <translation>Rien à expliquer dans l&apos;historique lu jusqu&apos;ici. Chaque synchronisation lit ce qui est nouveau dans l&apos;historique des serveurs (la première, les 90 derniers jours, Paramètres › Instances › Historique).</translation>
    </message>
    <message>
        <source>The servers&apos; history comes with the next sync (F5): the first one reads the last 90 days.</source>
        <translation>L&apos;historique des serveurs arrive avec la prochaine synchronisation (F5)&#xa0;: la première lit les 90 derniers jours.</translation>
    </message>
    <message>
        <source>All findings (%1)</source>
        <translation>Tous les constats (%1)</translation>
    </message>
</context>
<context>
    <name>arrscore::AuditRules</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Movie %1</source>
        <translation>Film %1</translation>
    </message>
    <message>
        <source>Episode %1</source>
        <translation>Épisode %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 was grabbed %n times (%2), scored %3 when grabbed</source>
        <translation>
            <numerusform>%1 a été récupérée %n fois (%2), notée %3 à la récupération</numerusform>
            <numerusform>%1 a été récupérée %n fois (%2), notée %3 à la récupération</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 once imported</source>
        <translation> et %1 une fois importée</translation>
    </message>
    <message>
        <source>%1 on %2 (score %3)</source>
        <translation>%1 le %2 (score %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n releases were grabbed within %1 days: %2. The score went from %3 to %4: no net gain.</source>
        <translation>
            <numerusform>%n release a été récupérée en %1 jours&#xa0;: %2. Le score est passé de %3 à %4&#xa0;: aucun gain net.</numerusform>
            <numerusform>%n releases ont été récupérées en %1 jours&#xa0;: %2. Le score est passé de %3 à %4&#xa0;: aucun gain net.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server keeps replacing this file: a release name usually matches custom formats that the imported, renamed file no longer matches. Compare the formats of the release and of the file, and fix the format&apos;s conditions or the naming scheme.</source>
        <translation>Le serveur remplace ce fichier sans cesse&#xa0;: en général, le nom d&apos;une release correspond à des formats personnalisés auxquels le fichier importé et renommé ne correspond plus. Comparez les formats de la release et ceux du fichier, et corrigez les conditions du format ou le schéma de nommage.</translation>
    </message>
    <message>
        <source>%1 scored %2 when it was grabbed on %3, but its file %4 scored %5 when imported on %6. The release name matched custom formats that the imported file does not: the usual start of an upgrade loop. Make those formats match the file too (or neither).</source>
        <translation>%1 a été notée %2 à sa récupération le %3, mais son fichier %4 a été noté %5 à son importation le %6. Le nom de la release correspondait à des formats personnalisés auxquels le fichier importé ne correspond pas&#xa0;: le début habituel d&apos;une boucle de mise à niveau. Faites correspondre ces formats au fichier aussi (ou à aucun des deux).</translation>
    </message>
    <message>
        <source>This file scored %1 when it was imported on %2 as %3 and scores %4 today, and no quality profile or custom format changed in the snapshots since. Something about the file changed what it matches: a rename (the score is computed from the scene name, else the original path, else the current name) or a new media-info scan. Rename it back or adjust the formats.</source>
        <translation>Ce fichier a été noté %1 à son importation le %2 sous %3 et est noté %4 aujourd&apos;hui, et aucun profil de qualité ni format personnalisé n&apos;a changé dans les instantanés depuis. Quelque chose dans le fichier a changé ce à quoi il correspond&#xa0;: un renommage (le score est calculé d&apos;après le nom de scène, sinon le chemin d&apos;origine, sinon le nom actuel) ou une nouvelle analyse des informations média. Redonnez-lui son ancien nom ou ajustez les formats.</translation>
    </message>
    <message>
        <source>The first snapshot was taken on %1: an edit before then cannot be ruled out.</source>
        <translation>Le premier instantané date du %1&#xa0;: une modification antérieure ne peut pas être exclue.</translation>
    </message>
    <message>
        <source>The server reports a score of %1, but its custom formats add up to %2 in the profile %3 (%4).</source>
        <translation>Le serveur indique un score de %1, mais ses formats personnalisés totalisent %2 dans le profil %3 (%4).</translation>
    </message>
    <message>
        <source>no formats</source>
        <translation>aucun format</translation>
    </message>
    <message>
        <source>/movie gives it a score of %1 and /moviefile %2.</source>
        <translation>/movie lui donne un score de %1 et /moviefile %2.</translation>
    </message>
    <message>
        <source>The server is inconsistent with itself: a refresh of the item (or a rescan) usually recomputes it; if not, report it to the server&apos;s developers.</source>
        <translation>Le serveur se contredit&#xa0;: une actualisation de l&apos;élément (ou une nouvelle analyse) le recalcule en général&#xa0;; sinon, signalez-le aux développeurs du serveur.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed within %1 days: %2. The server blocklists each failed release and tries the next; check the download client and the indexers these came from.</source>
        <translation>
            <numerusform>%n téléchargement a échoué en %1 jours&#xa0;: %2. Le serveur met chaque release en échec sur liste de blocage et essaie la suivante&#xa0;; vérifiez le client de téléchargement et les indexeurs dont elles venaient.</numerusform>
            <numerusform>%n téléchargements ont échoué en %1 jours&#xa0;: %2. Le serveur met chaque release en échec sur liste de blocage et essaie la suivante&#xa0;; vérifiez le client de téléchargement et les indexeurs dont elles venaient.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the server keeps no scores in its history (Sonarr v3, Radarr before 4.3.1): grab and import scores cannot be compared, and loops are found only by releases grabbed again.</source>
        <translation>%1&#xa0;: le serveur ne garde pas de scores dans son historique (Sonarr v3, Radarr avant 4.3.1)&#xa0;: les scores de récupération et d&apos;importation ne peuvent pas être comparés, et les boucles ne sont trouvées que par les releases récupérées à nouveau.</translation>
    </message>
    <message>
        <source>%1: the server keeps no import scores (Radarr before 4.4.2): grab and import scores and scores at import cannot be compared.</source>
        <translation>%1&#xa0;: le serveur ne garde pas les scores d&apos;importation (Radarr avant 4.4.2)&#xa0;: les scores de récupération et d&apos;importation, ni les scores à l&apos;importation, ne peuvent être comparés.</translation>
    </message>
    <message>
        <source>%1: Radarr %2 gives every file a score of 0 in /movie, one it never computes (Radarr#9568): that is not reported as a mismatch; /moviefile&apos;s score is the one used.</source>
        <translation>%1&#xa0;: Radarr %2 donne à chaque fichier un score de 0 dans /movie, score qu&apos;il ne calcule jamais (Radarr#9568)&#xa0;: ce n&apos;est pas signalé comme un écart&#xa0;; c&apos;est le score de /moviefile qui est utilisé.</translation>
    </message>
</context>
<context>
    <name>arrscore::Auditor</name>
    <message>
        <source>Cannot read the snapshot history of %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;historique des instantanés de %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s history was never read (history_days is 0, or every read failed): only score mismatches can be found. Sync it with history_days set.</source>
        <translation>%1&#xa0;: l&apos;historique du serveur n&apos;a jamais été lu (history_days vaut 0, ou chaque lecture a échoué)&#xa0;: seuls les écarts de score peuvent être trouvés. Synchronisez-la avec history_days défini.</translation>
    </message>
</context>
<context>
    <name>arrscore::BarChartBuilder</name>
    <message>
        <source>%1: solid bars</source>
        <translation>%1&#xa0;: barres pleines</translation>
    </message>
    <message>
        <source>%1: hatched bars</source>
        <translation>%1&#xa0;: barres hachurées</translation>
    </message>
    <message>
        <source>%1: dotted bars</source>
        <translation>%1&#xa0;: barres pointillées</translation>
    </message>
</context>
<context>
    <name>arrscore::CandidateFinder</name>
    <message numerus="yes">
        <source>score %Ln points below the profile&apos;s cutoff</source>
        <translation>
            <numerusform>score inférieur de %Ln point au seuil du profil</numerusform>
            <numerusform>score inférieur de %Ln points au seuil du profil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quality %Ln steps below the cutoff %1</source>
        <translation>
            <numerusform>qualité inférieure de %Ln niveau au seuil %1</numerusform>
            <numerusform>qualité inférieure de %Ln niveaux au seuil %1</numerusform>
        </translation>
    </message>
    <message>
        <source>quality below the cutoff %1 (as the server reports)</source>
        <translation>qualité sous le seuil %1 (selon le serveur)</translation>
    </message>
    <message>
        <source>matches %1 (%2)</source>
        <translation>correspond à %1 (%2)</translation>
    </message>
    <message>
        <source>lacks %1 (+%2)</source>
        <translation>sans %1 (+%2)</translation>
    </message>
    <message>
        <source>score unknown (the server sends none): judged on quality only</source>
        <translation>score inconnu (le serveur n&apos;en envoie pas)&#xa0;: jugé sur la qualité seule</translation>
    </message>
    <message>
        <source>capped: the profile %1 does not allow upgrades</source>
        <translation>plafonné&#xa0;: le profil %1 n&apos;autorise pas de mise à niveau</translation>
    </message>
</context>
<context>
    <name>arrscore::CandidateTableModel</name>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Best available</source>
        <translation>Meilleure release</translation>
    </message>
    <message>
        <source>The best release the indexers offered at the last check: its score&apos;s gain over the file and its score, or the verdict</source>
        <translation>La meilleure release proposée par les indexeurs lors de la dernière vérification&#xa0;: le gain de son score par rapport au fichier et son score, ou le verdict</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>When the item was last checked for better releases</source>
        <translation>Quand l&apos;élément a été vérifié pour la dernière fois à la recherche de meilleures releases</translation>
    </message>
    <message>
        <source>Last searched</source>
        <translation>Dernière recherche</translation>
    </message>
    <message>
        <source>When a search or grab was last sent for the item</source>
        <translation>Quand une recherche ou une récupération a été envoyée pour la dernière fois pour l&apos;élément</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>What the audit found in the server&apos;s history of the item (upgrade loops, score mismatches, failures); the Audit view explains each</source>
        <translation>Ce que l&apos;audit a trouvé dans l&apos;historique de l&apos;élément sur le serveur (boucles de mise à niveau, écarts de score, échecs)&#xa0;; la vue Audit explique chacun</translation>
    </message>
</context>
<context>
    <name>arrscore::CapState</name>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 of %2 left this hour</source>
        <translation>encore %1 sur %2 cette heure-ci</translation>
    </message>
    <message>
        <source>none left this hour</source>
        <translation>plus aucune cette heure-ci</translation>
    </message>
    <message>
        <source>none left until %1</source>
        <translation>plus aucune jusqu&apos;à %1</translation>
    </message>
</context>
<context>
    <name>arrscore::CellText</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID d&apos;élément</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>ID de fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
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
        <translation>Score seuil</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Quality cutoff</source>
        <translation>Seuil de qualité</translation>
    </message>
    <message>
        <source>Quality gap</source>
        <translation>Écart de qualité</translation>
    </message>
    <message>
        <source>Below quality cutoff</source>
        <translation>Sous le seuil de qualité</translation>
    </message>
    <message>
        <source>Negative formats</source>
        <translation>Formats négatifs</translation>
    </message>
    <message>
        <source>Missing formats</source>
        <translation>Formats manquants</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Format ID</source>
        <translation>ID de format</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Total contribution</source>
        <translation>Contribution totale</translation>
    </message>
    <message>
        <source>Files it would lift to the cutoff</source>
        <translation>Fichiers qu&apos;il porterait au seuil</translation>
    </message>
    <message>
        <source>Score per profile</source>
        <translation>Score par profil</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>ID de profil</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Mises à niveau</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Scored files</source>
        <translation>Fichiers notés</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>Median score</source>
        <translation>Score médian</translation>
    </message>
    <message>
        <source>At or above cutoff</source>
        <translation>Au seuil ou au-dessus</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>Plafonnés</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Score before</source>
        <translation>Score avant</translation>
    </message>
    <message>
        <source>Score after</source>
        <translation>Score après</translation>
    </message>
    <message>
        <source>Quality before</source>
        <translation>Qualité avant</translation>
    </message>
    <message>
        <source>Quality after</source>
        <translation>Qualité après</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Search ID</source>
        <translation>ID de recherche</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Searched</source>
        <translation>Recherchés</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Mis à niveau</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Median gain</source>
        <translation>Gain médian</translation>
    </message>
    <message>
        <source>Series ID</source>
        <translation>ID de la série</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>TMDb ID</source>
        <translation>ID TMDb</translation>
    </message>
    <message>
        <source>TVDB ID</source>
        <translation>ID TVDB</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Épisode</translation>
    </message>
    <message>
        <source>Missing from</source>
        <translation>Absent de</translation>
    </message>
</context>
<context>
    <name>arrscore::ChangesCaption</name>
    <message>
        <source>Profile %1 was edited: %2</source>
        <translation>Le profil %1 a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>Changes appear after the second sync of an instance: they compare each instance&apos;s latest sync with the one before.</source>
        <translation>Les changements apparaissent après la deuxième synchronisation d&apos;une instance&#xa0;: ils comparent la dernière synchronisation de chaque instance avec la précédente.</translation>
    </message>
    <message>
        <source>Nothing synced yet.</source>
        <translation>Rien n&apos;est encore synchronisé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2 → %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 → %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>arrscore::CheckProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Release lookups done</source>
        <translation>Consultations de releases terminées</translation>
    </message>
    <message>
        <source>Cancel the release lookups</source>
        <translation>Annuler les consultations de releases</translation>
    </message>
    <message>
        <source>Stops the lookup in flight; the items checked so far keep their results</source>
        <translation>Arrête la consultation en cours&#xa0;; les éléments déjà vérifiés gardent leurs résultats</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Checking for better releases: %1 of %2 lookups done</source>
        <translation>Vérification des meilleures releases&#xa0;: %1 consultations sur %2 terminées</translation>
    </message>
    <message>
        <source>now %1 (10–120 s each)</source>
        <translation>en cours&#xa0;: %1 (10 à 120 s chacune)</translation>
    </message>
</context>
<context>
    <name>arrscore::CliApplication</name>
    <message>
        <source>Usage: arrscore [--config FILE] [-q|-v] COMMAND [OPTIONS]

Syncs the custom format scores of every file from Radarr and Sonarr into a local database, and exports them.

Commands:
</source>
        <translation>Usage&#xa0;: arrscore [--config FICHIER] [-q|-v] COMMANDE [OPTIONS]

Synchronise les scores de formats personnalisés de chaque fichier de Radarr et Sonarr dans une base de données locale, et les exporte.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>No instance is configured. Create %1 (see README.md), pass --config FILE, or set RADARR_URL and RADARR_API_KEY.</source>
        <translation>Aucune instance n&apos;est configurée. Créez %1 (voir README.md), passez --config FICHIER, ou définissez RADARR_URL et RADARR_API_KEY.</translation>
    </message>
    <message>
        <source>%1 configures no enabled instance.</source>
        <translation>%1 ne configure aucune instance activée.</translation>
    </message>
    <message>
        <source>No instance named &quot;%1&quot;. Configured: %2.</source>
        <translation>Aucune instance nommée «&#xa0;%1&#xa0;». Configurées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>Only errors.</source>
        <translation>Seulement les erreurs.</translation>
    </message>
    <message>
        <source>Log more.</source>
        <translation>Journaliser davantage.</translation>
    </message>
    <message>
        <source>Help.</source>
        <translation>Aide.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>La version.</translation>
    </message>
    <message>
        <source>json, csv or html.</source>
        <translation>json, csv ou html.</translation>
    </message>
    <message>
        <source>What to export.</source>
        <translation>Ce qu&apos;il faut exporter.</translation>
    </message>
    <message>
        <source>Only this instance.</source>
        <translation>Seulement cette instance.</translation>
    </message>
    <message>
        <source>The file to write, - for stdout.</source>
        <translation>Le fichier à écrire, - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Start CSV with a byte order mark (Excel).</source>
        <translation>Commencer le CSV par une marque d&apos;ordre des octets (Excel).</translation>
    </message>
    <message>
        <source>At most N rows.</source>
        <translation>Au plus N lignes.</translation>
    </message>
    <message>
        <source>Machine-readable JSON.</source>
        <translation>JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Run &quot;arrscore --help&quot; for the commands.</source>
        <translation>&quot;arrscore --help&quot; affiche les commandes.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>export takes no arguments; did you mean --instance %1?</source>
        <translation>export ne prend pas d&apos;argument&#xa0;; vouliez-vous dire --instance %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 takes no arguments; did you mean --instance %2?</source>
        <translation>%1 ne prend pas d&apos;argument&#xa0;; vouliez-vous dire --instance %2&#xa0;?</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check that each instance is reachable and accepts its key; show app, version and strategy.</source>
        <translation>Vérifier que chaque instance est joignable et accepte sa clé&#xa0;; afficher l&apos;application, la version et la stratégie.</translation>
    </message>
    <message>
        <source>Write the latest snapshots as JSON, CSV or a self-contained HTML report.</source>
        <translation>Écrire les derniers instantanés en JSON, en CSV ou en rapport HTML autonome.</translation>
    </message>
    <message>
        <source>What changed between two syncs (default: the last two): added, removed, upgraded, downgraded, re-scored.</source>
        <translation>Ce qui a changé entre deux synchronisations (par défaut&#xa0;: les deux dernières)&#xa0;: ajoutés, supprimés, améliorés, dégradés, renotés.</translation>
    </message>
    <message>
        <source>List the stored syncs.</source>
        <translation>Lister les synchronisations enregistrées.</translation>
    </message>
    <message>
        <source>Delete old snapshots; the latest of each instance is always kept.</source>
        <translation>Supprimer les anciens instantanés&#xa0;; le dernier de chaque instance est toujours gardé.</translation>
    </message>
    <message>
        <source>Upgrade candidates of the latest snapshots, highest priority first, with their reasons.</source>
        <translation>Candidats à la mise à niveau des derniers instantanés, par priorité décroissante, avec leurs raisons.</translation>
    </message>
    <message>
        <source>Library health, profile summaries, format contributions, roll-ups and trends.</source>
        <translation>Santé de la bibliothèque, résumés des profils, contributions des formats, regroupements et tendances.</translation>
    </message>
    <message>
        <source>List the configured instances (API keys masked), or add those of Recyclarr&apos;s recyclarr.yml (default: where Recyclarr keeps it), keys to the keychain.</source>
        <translation>Liste les instances configurées (clés d&apos;API masquées), ou ajoute celles du recyclarr.yml de Recyclarr (par défaut&#xa0;: là où Recyclarr le garde), les clés dans le trousseau.</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search for upgrades: of the top N upgrade candidates (default 10), of movie ids (Radarr) or episode ids (Sonarr), or of files by their file_id. At most searches_per_hour items per instance; items searched within search_cooldown_days are skipped (--force searches them anyway). Asks first; without a terminal only with --yes. --dry-run sends nothing.</source>
        <translation>Demander à Radarr/Sonarr de rechercher des mises à niveau&#xa0;: des N meilleurs candidats à la mise à niveau (10 par défaut), d&apos;ids de films (Radarr) ou d&apos;épisodes (Sonarr), ou de fichiers par leur file_id. Au plus searches_per_hour éléments par instance&#xa0;; les éléments recherchés depuis moins de search_cooldown_days sont ignorés (--force les recherche quand même). Demande d&apos;abord&#xa0;; sans terminal, seulement avec --yes. --dry-run n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr which releases their indexers offer now for the top N upgrade candidates (default 5) or for movie ids (Radarr) or episode ids (Sonarr), and whether one is better than the file. Each lookup queries every indexer: one at a time, at most release_lookups_per_hour per instance. Grabs nothing.</source>
        <translation>Demander à Radarr/Sonarr quelles releases leurs indexeurs proposent maintenant pour les N meilleurs candidats à la mise à niveau (5 par défaut) ou pour des ids de films (Radarr) ou d&apos;épisodes (Sonarr), et si l&apos;une est meilleure que le fichier. Chaque consultation interroge tous les indexeurs&#xa0;: une à la fois, au plus release_lookups_per_hour par instance. Ne récupère rien.</translation>
    </message>
    <message>
        <source>Grab the better release the item&apos;s latest lookup picked (or the release of that lookup --guid names). Asks first; without a terminal only with --yes.</source>
        <translation>Récupérer la meilleure release retenue par la dernière consultation de l&apos;élément (ou la release de cette consultation que désigne --guid). Demande d&apos;abord&#xa0;; sans terminal, seulement avec --yes.</translation>
    </message>
    <message>
        <source>The searches and grabs sent, their states and what each item got from them (upgraded, unchanged, pending), and how often searching worked.</source>
        <translation>Les recherches et récupérations envoyées, leurs états et ce que chaque élément en a obtenu (mis à niveau, inchangé, en attente), et à quelle fréquence la recherche a abouti.</translation>
    </message>
    <message>
        <source>Act without asking.</source>
        <translation>Agir sans demander.</translation>
    </message>
    <message>
        <source>Fetch every file&apos;s score from each instance and store one snapshot per instance. --notify (or notify_after_sync: true) sends what changed to the notification targets; --report writes the HTML report in the same run.</source>
        <translation>Récupérer le score de chaque fichier depuis chaque instance et enregistrer un instantané par instance. --notify (ou notify_after_sync: true) envoie ce qui a changé aux cibles de notification&#xa0;; --report écrit le rapport HTML dans la même exécution.</translation>
    </message>
    <message>
        <source>One movie&apos;s or episode&apos;s score over time, with the file, quality and profile behind each point; then the server&apos;s own events for it (grabs, imports, failures, deletions, with the score the server kept at each step), as the syncs read them.</source>
        <translation>Le score d&apos;un film ou d&apos;un épisode au fil du temps, avec le fichier, la qualité et le profil derrière chaque point&#xa0;; puis les événements du serveur le concernant (récupérations, importations, échecs, suppressions, avec le score gardé par le serveur à chaque étape), tels que les synchronisations les ont lus.</translation>
    </message>
    <message>
        <source>Why items did (or did not) upgrade, from the servers&apos; own history as the syncs stored it: findings by kind (upgrade-loop, grab-import-mismatch, import-current-mismatch, score-mismatch, repeated-failure), each with an explanation and the item&apos;s events.</source>
        <translation>Pourquoi des éléments ont (ou n&apos;ont pas) été mis à niveau, d&apos;après l&apos;historique des serveurs tel que les synchronisations l&apos;ont enregistré&#xa0;: constats par type (upgrade-loop, grab-import-mismatch, import-current-mismatch, score-mismatch, repeated-failure), chacun avec une explication et les événements de l&apos;élément.</translation>
    </message>
    <message>
        <source>Instances of one kind side by side (a 4K and a 1080p Radarr): each shared movie or episode with its quality and score in every instance, items only some have, and profiles of the same name whose format scores differ. Needs two synced instances of one kind.</source>
        <translation>Des instances d&apos;un même type côte à côte (un Radarr 4K et un Radarr 1080p)&#xa0;: chaque film ou épisode commun avec sa qualité et son score dans chaque instance, les éléments que seules certaines ont, et les profils de même nom dont les scores de formats diffèrent. Demande deux instances synchronisées d&apos;un même type.</translation>
    </message>
    <message>
        <source>Send a sample message to every configured notification target (or the named ones) and say per target whether it arrived.</source>
        <translation>Envoyer un message d&apos;exemple à chaque cible de notification configurée (ou à celles nommées) et indiquer pour chaque cible s&apos;il est arrivé.</translation>
    </message>
    <message>
        <source>Sync by itself: install a systemd user timer (or print the crontab line where there is no systemd; on Windows and macOS the task or plist to set up), show when it runs, remove it. At most every 15 minutes; --every takes 30m, 6h, 1d.</source>
        <translation>Synchroniser tout seul&#xa0;: installer un minuteur utilisateur systemd (ou afficher la ligne crontab là où il n&apos;y a pas systemd&#xa0;; sous Windows et macOS, la tâche ou le plist à mettre en place), montrer quand il s&apos;exécute, le supprimer. Au plus toutes les 15 minutes&#xa0;; --every accepte 30m, 6h, 1d.</translation>
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
Options globales&#xa0;:
  --config FICHIER  la configuration (par défaut&#xa0;: $ARRSCORE_CONFIG, ./arrscore.yaml, puis le
                    dossier de configuration de la plateforme)
  -q, --quiet       seulement les erreurs
  -v, --verbose     journaliser ce qui se passe (deux fois&#xa0;: aussi chaque requête, jamais avec sa clé)
  --log-format text|json  json&#xa0;: un objet JSON par ligne sur stderr (par défaut&#xa0;:
                    $ARRSCORE_LOG_FORMAT, sinon text&#xa0;; voir docs/LOGGING.md)
  --log-file CHEMIN écrire aussi le journal dans CHEMIN, avec rotation à --log-file-size (par
                    défaut 10M), en gardant CHEMIN.1 à CHEMIN.3
  -h, --help        cette aide&#xa0;; COMMANDE --help pour les options d&apos;une commande
  --version         la version

Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;usage ou de configuration, 3 certaines instances ont échoué (ou, après une synchronisation, une notification ou le rapport), 130 annulé.
</translation>
    </message>
    <message>
        <source>--log-format must be text or json, not &quot;%1&quot;.</source>
        <translation>--log-format doit valoir text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>ARRSCORE_LOG_FORMAT must be text or json, not &quot;%1&quot;.</source>
        <translation>ARRSCORE_LOG_FORMAT doit valoir text ou json, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--log-file-size must be a size of at least 4k, like 512k, 10M or 1G; got &quot;%1&quot;.</source>
        <translation>--log-file-size doit être une taille d&apos;au moins 4k, comme 512k, 10M ou 1G&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--log-file-size needs --log-file PATH.</source>
        <translation>--log-file-size demande --log-file CHEMIN.</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text ou json.</translation>
    </message>
    <message>
        <source>Also log to this file.</source>
        <translation>Journaliser aussi dans ce fichier.</translation>
    </message>
    <message>
        <source>Rotate the log file at this size.</source>
        <translation>Faire tourner le fichier journal à cette taille.</translation>
    </message>
</context>
<context>
    <name>arrscore::CliContext</name>
    <message>
        <source>Nothing is stored yet: %1 does not exist. Run &quot;arrscore sync&quot; first.</source>
        <translation>Rien n&apos;est encore enregistré&#xa0;: %1 n&apos;existe pas. Lancez d&apos;abord &quot;arrscore sync&quot;.</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>arrscore::CommandFollower</name>
    <message>
        <source>The server no longer knows this command (it keeps finished commands for a day).</source>
        <translation>Le serveur ne connaît plus cette commande (il garde les commandes terminées un jour).</translation>
    </message>
</context>
<context>
    <name>arrscore::ComparePage</name>
    <message>
        <source>First instance</source>
        <translation>Première instance</translation>
    </message>
    <message>
        <source>Second instance</source>
        <translation>Seconde instance</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>C&amp;omparer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare shows two instances of the same kind side by side, such as a 4K and a 1080p Radarr: the items both have with each one&apos;s file, quality and score, the items only one has, and the custom formats their profiles of the same name score differently.

It needs two Radarr or two Sonarr instances, both synced. Add another with File › Add Instance, then sync (F5).</source>
        <translation>Comparer montre deux instances du même type côte à côte, comme un Radarr 4K et un Radarr 1080p&#xa0;: les éléments que les deux ont, avec le fichier, la qualité et le score de chacune, les éléments qu&apos;une seule a, et les formats personnalisés que leurs profils de même nom notent différemment.

Il faut deux instances Radarr ou deux instances Sonarr, toutes deux synchronisées. Ajoutez-en une avec Fichier › Ajouter une instance, puis synchronisez (F5).</translation>
    </message>
    <message>
        <source>Items in both instances</source>
        <translation>Éléments dans les deux instances</translation>
    </message>
    <message>
        <source>Items in only one instance</source>
        <translation>Éléments dans une seule instance</translation>
    </message>
    <message>
        <source>Profile drift</source>
        <translation>Écarts de profils</translation>
    </message>
    <message>
        <source>Each item both instances have a file for, with its quality and score in each. &lt;i&gt;Difference&lt;/i&gt; is the second instance&apos;s score minus the first&apos;s.</source>
        <translation>Chaque élément pour lequel les deux instances ont un fichier, avec sa qualité et son score dans chacune. &lt;i&gt;Différence&lt;/i&gt; est le score de la seconde instance moins celui de la première.</translation>
    </message>
    <message>
        <source>Items that only one of the two instances has a file for.</source>
        <translation>Les éléments pour lesquels une seule des deux instances a un fichier.</translation>
    </message>
    <message>
        <source>Custom formats that the two instances&apos; profiles of the same name score differently, format by format. A format a profile does not list counts as 0.</source>
        <translation>Les formats personnalisés que les profils de même nom des deux instances notent différemment, format par format. Un format qu&apos;un profil ne liste pas compte pour 0.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>In both (%1)</source>
        <translation>Dans les deux (%1)</translation>
    </message>
    <message>
        <source>Only in one (%1)</source>
        <translation>Dans une seule (%1)</translation>
    </message>
    <message>
        <source>Profile drift (%1)</source>
        <translation>Écarts de profils (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in both</source>
        <translation>
            <numerusform>%Ln élément dans les deux</numerusform>
            <numerusform>%Ln éléments dans les deux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in one</source>
        <translation>
            <numerusform>%Ln dans une seule</numerusform>
            <numerusform>%Ln dans une seule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln formats scored differently</source>
        <translation>
            <numerusform>%Ln format noté différemment</numerusform>
            <numerusform>%Ln formats notés différemment</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::CompareRows</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Quality in %1</source>
        <translation>Qualité dans %1</translation>
    </message>
    <message>
        <source>Score in %1</source>
        <translation>Score dans %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Profile in %1</source>
        <translation>Profil dans %1</translation>
    </message>
    <message>
        <source>File in %1</source>
        <translation>Fichier dans %1</translation>
    </message>
    <message>
        <source>Only in</source>
        <translation>Seulement dans</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
    </message>
</context>
<context>
    <name>arrscore::ConfigLoader</name>
    <message>
        <source>expected an http:// or https:// URL with a host, e.g. http://localhost:7878/radarr</source>
        <translation>une URL http:// ou https:// avec un hôte est attendue, par ex. http://localhost:7878/radarr</translation>
    </message>
    <message>
        <source>got &quot;%1&quot;</source>
        <translation>reçu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a base URL without a ?query or #fragment</source>
        <translation>une URL de base sans&#xa0;?requête ni #fragment est attendue</translation>
    </message>
    <message>
        <source>the configuration file %1 (%2) does not exist</source>
        <translation>le fichier de configuration %1 (%2) n&apos;existe pas</translation>
    </message>
    <message>
        <source>the configuration file %1 (%2) is not a file</source>
        <translation>le fichier de configuration %1 (%2) n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>given by --config</source>
        <translation>donné par --config</translation>
    </message>
    <message>
        <source>named by ARRSCORE_CONFIG</source>
        <translation>désigné par ARRSCORE_CONFIG</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1: %2</source>
        <translation>impossible de lire le fichier de configuration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>environment variable %1: %2</source>
        <translation>variable d&apos;environnement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected a mapping of &quot;key: value&quot; lines</source>
        <translation>un dictionnaire de lignes «&#xa0;clé: valeur&#xa0;» est attendu</translation>
    </message>
    <message>
        <source>expected a plain key name</source>
        <translation>un simple nom de clé est attendu</translation>
    </message>
    <message>
        <source>given twice</source>
        <translation>donné deux fois</translation>
    </message>
    <message>
        <source>unknown key %1 ignored</source>
        <translation>clé inconnue %1 ignorée</translation>
    </message>
    <message>
        <source>(did you mean &quot;%1&quot;?)</source>
        <translation>(vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?)</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>une valeur texte est attendue</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>un nombre entier de %1 à %2 est attendu, reçu %3</translation>
    </message>
    <message>
        <source>a list or mapping</source>
        <translation>une liste ou un dictionnaire</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false est attendu, reçu %1</translation>
    </message>
    <message>
        <source>set either &quot;api_key&quot; or &quot;api_key_env&quot;, not both</source>
        <translation>définissez soit «&#xa0;api_key&#xa0;», soit «&#xa0;api_key_env&#xa0;», pas les deux</translation>
    </message>
    <message>
        <source>set only one of &quot;api_key&quot;, &quot;api_key_env&quot; and &quot;api_key_keychain&quot;</source>
        <translation>ne définissez qu&apos;un seul de «&#xa0;api_key&#xa0;», «&#xa0;api_key_env&#xa0;» et «&#xa0;api_key_keychain&#xa0;»</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable d&apos;environnement %1 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>must not contain spaces or line breaks</source>
        <translation>ne doit contenir ni espace ni saut de ligne</translation>
    </message>
    <message>
        <source>missing &quot;api_key&quot; (or &quot;api_key_env&quot;, or the variable ARRSCORE_%1_API_KEY)</source>
        <translation>«&#xa0;api_key&#xa0;» manque (ou «&#xa0;api_key_env&#xa0;», ou la variable ARRSCORE_%1_API_KEY)</translation>
    </message>
    <message>
        <source>missing &quot;name&quot;</source>
        <translation>«&#xa0;name&#xa0;» manque</translation>
    </message>
    <message>
        <source>expected lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, got %1</source>
        <translation>des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» sont attendus, reçu %1</translation>
    </message>
    <message>
        <source>missing &quot;type&quot; (&quot;radarr&quot; or &quot;sonarr&quot;)</source>
        <translation>«&#xa0;type&#xa0;» manque («&#xa0;radarr&#xa0;» ou «&#xa0;sonarr&#xa0;»)</translation>
    </message>
    <message>
        <source>expected &quot;radarr&quot; or &quot;sonarr&quot;, got %1</source>
        <translation>«&#xa0;radarr&#xa0;» ou «&#xa0;sonarr&#xa0;» est attendu, reçu %1</translation>
    </message>
    <message>
        <source>missing &quot;url&quot; (e.g. http://localhost:7878)</source>
        <translation>«&#xa0;url&#xa0;» manque (par ex. http://localhost:7878)</translation>
    </message>
    <message>
        <source>expected a SHA-256 fingerprint: 64 hex digits, colons allowed, e.g. &quot;sha256:AB:CD:…&quot;</source>
        <translation>une empreinte SHA-256 est attendue&#xa0;: 64 chiffres hexadécimaux, deux-points autorisés, par ex. «&#xa0;sha256:AB:CD:…&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is set, but the configuration file defines its own instances and none named &quot;%2&quot;; the variable is ignored</source>
        <translation>%1 est définie, mais le fichier de configuration définit ses propres instances et aucune nommée «&#xa0;%2&#xa0;»&#xa0;; la variable est ignorée</translation>
    </message>
    <message>
        <source>%1 is set but %2 is not; no %3 instance is defined from the environment</source>
        <translation>%1 est définie mais %2 ne l&apos;est pas&#xa0;; aucune instance %3 n&apos;est définie depuis l&apos;environnement</translation>
    </message>
    <message>
        <source>environment (%1)</source>
        <translation>environnement (%1)</translation>
    </message>
    <message>
        <source>environment variable %1 matches no configured instance; it is ignored</source>
        <translation>la variable d&apos;environnement %1 ne correspond à aucune instance configurée&#xa0;; elle est ignorée</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a list of instances (lines starting with &quot;- &quot;)</source>
        <translation>une liste d&apos;instances est attendue (des lignes commençant par «&#xa0;-&#xa0;»)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>expected the name of an environment variable that holds the key (e.g. RADARR_API_KEY), but this looks like a key itself. Put the key in &quot;api_key&quot;, or let the app keep it in the keychain (&quot;api_key_keychain: true&quot;, set in Settings › Instances), or put it in an environment variable and name that variable here.</source>
        <translation>le nom d&apos;une variable d&apos;environnement contenant la clé est attendu (par ex. RADARR_API_KEY), mais ceci ressemble à une clé. Mettez la clé dans «&#xa0;api_key&#xa0;», laissez l&apos;application la garder dans le trousseau («&#xa0;api_key_keychain: true&#xa0;», réglé dans Paramètres › Instances), ou mettez-la dans une variable d&apos;environnement et nommez cette variable ici.</translation>
    </message>
    <message>
        <source>expected the name of an environment variable (letters, digits and &apos;_&apos;, not starting with a digit, e.g. RADARR_API_KEY), got %1</source>
        <translation>le nom d&apos;une variable d&apos;environnement est attendu (lettres, chiffres et «&#xa0;_&#xa0;», sans chiffre au début, par ex. RADARR_API_KEY), reçu %1</translation>
    </message>
    <message>
        <source>expected 0 (unlimited) or a number from %1 to %2, got %3</source>
        <translation>0 (illimité) ou un nombre de %1 à %2 est attendu, reçu %3</translation>
    </message>
    <message>
        <source>keeps nothing: set at least one of %1 above 0, or remove the section to keep every snapshot</source>
        <translation>ne garde rien&#xa0;: réglez au moins un de %1 au-dessus de 0, ou supprimez la section pour garder tous les instantanés</translation>
    </message>
    <message>
        <source>expected a list of notification targets (lines starting with &quot;- &quot;)</source>
        <translation>une liste de cibles de notification est attendue (des lignes commençant par &quot;- &quot;)</translation>
    </message>
    <message>
        <source>missing &quot;type&quot; (one of discord, slack, ntfy, gotify, webhook, email)</source>
        <translation>«&#xa0;type&#xa0;» manquant (parmi discord, slack, ntfy, gotify, webhook, email)</translation>
    </message>
    <message>
        <source>expected one of discord, slack, ntfy, gotify, webhook, email, got %1</source>
        <translation>une valeur parmi discord, slack, ntfy, gotify, webhook, email est attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL with a host</source>
        <translation>une URL http:// ou https:// avec un hôte est attendue</translation>
    </message>
    <message>
        <source>missing &quot;topic&quot; (the ntfy topic to publish to)</source>
        <translation>«&#xa0;topic&#xa0;» manquant (le sujet ntfy où publier)</translation>
    </message>
    <message>
        <source>expected letters, digits, &apos;-&apos; or &apos;_&apos; (at most 64), got %1</source>
        <translation>des lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;» (64 au plus) sont attendus, reçu %1</translation>
    </message>
    <message>
        <source>expected a tag or a list of tags</source>
        <translation>une étiquette ou une liste d&apos;étiquettes est attendue</translation>
    </message>
    <message>
        <source>missing &quot;smtp_url&quot; (e.g. smtps://mail.example.com:465)</source>
        <translation>«&#xa0;smtp_url&#xa0;» manquant (par ex. smtps://mail.example.com:465)</translation>
    </message>
    <message>
        <source>expected smtps://HOST[:PORT] (TLS) or smtp://HOST[:PORT] with &quot;starttls: true&quot;; the user name and password go in &quot;username&quot; and &quot;password&quot;</source>
        <translation>smtps://HÔTE[:PORT] (TLS) ou smtp://HÔTE[:PORT] avec «&#xa0;starttls: true&#xa0;» est attendu&#xa0;; le nom d&apos;utilisateur et le mot de passe vont dans «&#xa0;username&#xa0;» et «&#xa0;password&#xa0;»</translation>
    </message>
    <message>
        <source>smtps:// is encrypted from the start; &quot;starttls: true&quot; is for smtp:// URLs</source>
        <translation>smtps:// est chiffré dès le départ&#xa0;; «&#xa0;starttls: true&#xa0;» est pour les URL smtp://</translation>
    </message>
    <message>
        <source>an smtp:// server other than this computer needs &quot;starttls: true&quot; (or use smtps://): mail and password would cross the network unencrypted</source>
        <translation>un serveur smtp:// autre que cet ordinateur demande «&#xa0;starttls: true&#xa0;» (ou utilisez smtps://)&#xa0;: le courriel et le mot de passe traverseraient le réseau sans chiffrement</translation>
    </message>
    <message>
        <source>missing &quot;from&quot; (the sender&apos;s address)</source>
        <translation>«&#xa0;from&#xa0;» manquant (l&apos;adresse de l&apos;expéditeur)</translation>
    </message>
    <message>
        <source>expected an e-mail address, got %1</source>
        <translation>une adresse e-mail est attendue, reçu %1</translation>
    </message>
    <message>
        <source>missing &quot;to&quot; (an address or a list of addresses)</source>
        <translation>«&#xa0;to&#xa0;» manquant (une adresse ou une liste d&apos;adresses)</translation>
    </message>
    <message>
        <source>a password is set but no &quot;username&quot; to log in with</source>
        <translation>un mot de passe est défini mais aucun «&#xa0;username&#xa0;» pour se connecter</translation>
    </message>
    <message>
        <source>%1 is not a readable file (PEM certificates)</source>
        <translation>%1 n&apos;est pas un fichier lisible (certificats PEM)</translation>
    </message>
    <message>
        <source>expected a list of events: [changes, failures]</source>
        <translation>une liste d&apos;événements est attendue&#xa0;: [changes, failures]</translation>
    </message>
    <message>
        <source>expected &quot;changes&quot; or &quot;failures&quot;, got %1</source>
        <translation>«&#xa0;changes&#xa0;» ou «&#xa0;failures&#xa0;» est attendu, reçu %1</translation>
    </message>
    <message>
        <source>name at least one event: [changes, failures]</source>
        <translation>indiquez au moins un événement&#xa0;: [changes, failures]</translation>
    </message>
    <message>
        <source>expected an address or a list of addresses</source>
        <translation>une adresse ou une liste d&apos;adresses est attendue</translation>
    </message>
    <message>
        <source>set only one of &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;</source>
        <translation>ne définissez qu&apos;un seul de «&#xa0;%1&#xa0;», «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot; (or &quot;%2&quot;, or &quot;%3: true&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» manquant (ou «&#xa0;%2&#xa0;», ou «&#xa0;%3: true&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>arrscore::ConfigWriter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no instance named &quot;%2&quot;.</source>
        <translation>%1 n&apos;a pas d&apos;instance nommée «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of &quot;key: value&quot; lines; fix it or move it away first. It has not been changed.</source>
        <translation>%1 n&apos;est pas un dictionnaire YAML de lignes «&#xa0;clé: valeur&#xa0;»&#xa0;; corrigez-le ou déplacez-le d&apos;abord. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is in the older tool&apos;s format (radarr:/sonarr:). Move those settings to an &quot;instances:&quot; list (see README.md) before adding instances in the app. It has not been changed.</source>
        <translation>%1 est au format de l&apos;ancien outil (radarr:/sonarr:). Déplacez ces réglages dans une liste «&#xa0;instances:&#xa0;» (voir README.md) avant d&apos;ajouter des instances dans l&apos;application. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML (line %2: %3); fix it first, or move it away to start a new one. It has not been changed.</source>
        <translation>%1 n&apos;est pas du YAML valide (ligne %2&#xa0;: %3)&#xa0;; corrigez-le d&apos;abord, ou déplacez-le pour repartir d&apos;un nouveau fichier. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot keep a backup of %1 as %2 (%3); nothing was changed.</source>
        <translation>Impossible de garder une copie de sauvegarde de %1 sous %2 (%3)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a list; fix it first. It has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» dans %2 n&apos;est pas une liste&#xa0;; corrigez-le d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>arrscore::CsvWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>les données n&apos;ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>arrscore::DashboardPage</name>
    <message>
        <source>Scores by profile</source>
        <translation>Scores par profil</translation>
    </message>
    <message>
        <source>Files by quality</source>
        <translation>Fichiers par qualité</translation>
    </message>
    <message>
        <source>Files by resolution</source>
        <translation>Fichiers par résolution</translation>
    </message>
    <message>
        <source>Custom formats that move scores most</source>
        <translation>Formats personnalisés qui pèsent le plus sur les scores</translation>
    </message>
    <message>
        <source>Upgrade candidates by profile</source>
        <translation>Candidats à la mise à niveau par profil</translation>
    </message>
    <message>
        <source>Score trend across syncs</source>
        <translation>Évolution du score au fil des synchronisations</translation>
    </message>
    <message>
        <source>No files to chart. Sync a Radarr or Sonarr instance, or clear the library filter.</source>
        <translation>Aucun fichier à représenter. Synchronisez une instance Radarr ou Sonarr, ou effacez le filtre de la bibliothèque.</translation>
    </message>
    <message>
        <source>The profile whose scores are shown</source>
        <translation>Le profil dont les scores sont affichés</translation>
    </message>
    <message>
        <source>Each format&apos;s score in the file&apos;s profile, added up over the files that match it.</source>
        <translation>Le score de chaque format dans le profil du fichier, additionné sur les fichiers auxquels il correspond.</translation>
    </message>
    <message>
        <source>Mean score (solid, left axis) and upgrade candidates (dashed, right axis) at each sync.</source>
        <translation>Score moyen (trait plein, axe de gauche) et candidats à la mise à niveau (tirets, axe de droite) à chaque synchronisation.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No file has a quality profile the sync knows.</source>
        <translation>Aucun fichier n&apos;a un profil de qualité connu de la synchronisation.</translation>
    </message>
    <message>
        <source>The files of “%1” have no custom format score: the server does not score them (Sonarr v3).</source>
        <translation>Les fichiers de «&#xa0;%1&#xa0;» n&apos;ont pas de score de format personnalisé&#xa0;: le serveur ne les note pas (Sonarr v3).</translation>
    </message>
    <message>
        <source>Cutoff score %1. Click a bar to list its files.</source>
        <translation>Score seuil %1. Cliquez sur une barre pour lister ses fichiers.</translation>
    </message>
    <message>
        <source>Below the cutoff</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>At or above the cutoff</source>
        <translation>Au seuil ou au-dessus</translation>
    </message>
    <message numerus="yes">
        <source>Score %1: %Ln files</source>
        <translation>
            <numerusform>Score %1&#xa0;: %Ln fichier</numerusform>
            <numerusform>Score %1&#xa0;: %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores %1 to %2: %Ln files</source>
        <translation>
            <numerusform>Scores de %1 à %2&#xa0;: %Ln fichier</numerusform>
            <numerusform>Scores de %1 à %2&#xa0;: %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom format score, bins of %1 from the value shown</source>
        <translation>Score de format personnalisé, par tranches de %1 à partir de la valeur affichée</translation>
    </message>
    <message>
        <source>Custom format score</source>
        <translation>Score de format personnalisé</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message numerus="yes">
        <source>The %1 most common of %Ln qualities.</source>
        <translation>
            <numerusform>Les %1 plus fréquentes sur %Ln qualité.</numerusform>
            <numerusform>Les %1 plus fréquentes sur %Ln qualités.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln fichier</numerusform>
            <numerusform>%1&#xa0;: %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No custom format changes the score of these files.</source>
        <translation>Aucun format personnalisé ne modifie le score de ces fichiers.</translation>
    </message>
    <message>
        <source>Raises scores</source>
        <translation>Augmente les scores</translation>
    </message>
    <message>
        <source>Lowers scores</source>
        <translation>Diminue les scores</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points over %Ln files</source>
        <translation>
            <numerusform>%1&#xa0;: %2 points sur %Ln fichier</numerusform>
            <numerusform>%1&#xa0;: %2 points sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Millions of points, all files together</source>
        <translation>Millions de points, tous fichiers confondus</translation>
    </message>
    <message>
        <source>Thousands of points, all files together</source>
        <translation>Milliers de points, tous fichiers confondus</translation>
    </message>
    <message>
        <source>Points, all files together</source>
        <translation>Points, tous fichiers confondus</translation>
    </message>
    <message>
        <source>%1 among %2.</source>
        <translation>%1 parmi %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade candidates</source>
        <translation>
            <numerusform>%Ln candidat à la mise à niveau</numerusform>
            <numerusform>%Ln candidats à la mise à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 largest of %Ln profiles.</source>
        <translation>
            <numerusform>Les %1 plus grands sur %Ln profil.</numerusform>
            <numerusform>Les %1 plus grands sur %Ln profils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Upgrade candidates</source>
        <translation>Candidats à la mise à niveau</translation>
    </message>
    <message>
        <source>Below a cutoff, upgrades off</source>
        <translation>Sous un seuil, mises à niveau désactivées</translation>
    </message>
    <message>
        <source>Cutoffs met</source>
        <translation>Seuils atteints</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln files are upgrade candidates</source>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %Ln fichier sont candidats à la mise à niveau</numerusform>
            <numerusform>%1&#xa0;: %2 sur %Ln fichiers sont candidats à la mise à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files below a cutoff, but the profile does not allow upgrades</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln fichier sous un seuil, mais le profil n&apos;autorise pas de mise à niveau</numerusform>
            <numerusform>%1&#xa0;: %Ln fichiers sous un seuil, mais le profil n&apos;autorise pas de mise à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files meet both cutoffs</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln fichier atteint les deux seuils</numerusform>
            <numerusform>%1&#xa0;: %Ln fichiers atteignent les deux seuils</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync history yet: the trend appears once a sync is stored.</source>
        <translation>Pas encore d&apos;historique de synchronisation&#xa0;: la tendance apparaît dès qu&apos;une synchronisation est enregistrée.</translation>
    </message>
    <message>
        <source>%1 mean score</source>
        <translation>%1 score moyen</translation>
    </message>
    <message>
        <source>%1 candidates</source>
        <translation>%1 candidats</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 le %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Score moyen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>Quality profile of the score distribution</source>
        <translation>Profil de qualité de la répartition des scores</translation>
    </message>
</context>
<context>
    <name>arrscore::Database</name>
    <message>
        <source>No database location is set. Give a file path or a postgresql:// URL.</source>
        <translation>Aucun emplacement de base de données n&apos;est défini. Indiquez un chemin de fichier ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database %1.</source>
        <translation>Impossible de commencer à écrire dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot save the changes to the database %1.</source>
        <translation>Impossible d&apos;enregistrer les modifications dans la base de données %1.</translation>
    </message>
    <message>
        <source>Another program is using the database; try again when it has finished.</source>
        <translation>Un autre programme utilise la base de données&#xa0;; réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <source>The file is damaged; restore it from a backup.</source>
        <translation>Le fichier est endommagé&#xa0;; restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file, e.g. %2.</source>
        <translation>%1 est un dossier, pas un fichier de base de données. Indiquez le chemin d&apos;un fichier, par ex. %2.</translation>
    </message>
    <message>
        <source>%1 is not an Arr Score Exporter database (it is not an SQLite file). It has not been changed; choose another file or move this one away.</source>
        <translation>%1 n&apos;est pas une base de données d&apos;Arr Score Exporter (ce n&apos;est pas un fichier SQLite). Il n&apos;a pas été modifié&#xa0;; choisissez un autre fichier ou déplacez celui-ci.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database %2. Check that the path is right and that you may write there.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données %2. Vérifiez que le chemin est correct et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an SQLite database. It has not been changed; restore it from a backup or choose another file.</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données SQLite. Il n&apos;a pas été modifié&#xa0;; restaurez-le à partir d&apos;une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of Arr Score Exporter. It has not been changed; choose another file.</source>
        <translation>%1 est une base de données SQLite d&apos;un autre programme, pas d&apos;Arr Score Exporter. Il n&apos;a pas été modifié&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot set up the database %1.</source>
        <translation>Impossible de préparer la base de données %1.</translation>
    </message>
    <message>
        <source>PostgreSQL support is not installed (Qt&apos;s QPSQL driver is missing). Install it (on Debian: libqt6sql6-psql) or use an SQLite file.</source>
        <translation>La prise en charge de PostgreSQL n&apos;est pas installée (le pilote QPSQL de Qt manque). Installez-la (sous Debian&#xa0;: libqt6sql6-psql) ou utilisez un fichier SQLite.</translation>
    </message>
    <message>
        <source>The database URL %1 is not valid. Write it as postgresql://user@host:port/dbname.</source>
        <translation>L&apos;URL de base de données %1 n&apos;est pas valide. Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The database URL %1 has an option that cannot be used: %2.</source>
        <translation>L&apos;URL de base de données %1 contient une option inutilisable&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the user name or password for %1. Check the user in the URL and the password (ARRSCORE_DB_PASSWORD).</source>
        <translation>Le serveur PostgreSQL a refusé le nom d&apos;utilisateur ou le mot de passe pour %1. Vérifiez l&apos;utilisateur dans l&apos;URL et le mot de passe (ARRSCORE_DB_PASSWORD).</translation>
    </message>
    <message>
        <source>The PostgreSQL database or user of %1 does not exist. Create it (createdb) or fix the URL.</source>
        <translation>La base de données PostgreSQL ou l&apos;utilisateur de %1 n&apos;existe pas. Créez-la (createdb) ou corrigez l&apos;URL.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server of %1. Check that it is running and that the host and port are right.</source>
        <translation>Impossible de se connecter au serveur PostgreSQL de %1. Vérifiez qu&apos;il fonctionne et que l&apos;hôte et le port sont corrects.</translation>
    </message>
    <message>
        <source>Cannot read the schema version of the database %1.</source>
        <translation>Impossible de lire la version du schéma de la base de données %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Arr Score Exporter (schema %2, this version knows %3). Upgrade the app to use this database; it has not been changed.</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Arr Score Exporter (schéma %2, cette version connaît %3). Mettez l&apos;application à jour pour utiliser cette base de données&#xa0;; elle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>This build of Arr Score Exporter is incomplete: schema %1 is missing.</source>
        <translation>Cette version compilée d&apos;Arr Score Exporter est incomplète&#xa0;: le schéma %1 manque.</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2. It has been left as it was.</source>
        <translation>Impossible de mettre à jour la base de données %1 vers le schéma %2. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>the file system is mounted read-only</source>
        <translation>le système de fichiers est monté en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>The database %1 can only be read: %2. Reading it works (report, analyze, history, export); syncing and pruning need to write to it. Make the file and its folder writable for this user, or use another database.</source>
        <translation>La base de données %1 n&apos;est accessible qu&apos;en lecture&#xa0;: %2. La lecture fonctionne (report, analyze, history, export)&#xa0;; la synchronisation et la suppression des anciens instantanés doivent y écrire. Rendez le fichier et son dossier accessibles en écriture pour cet utilisateur, ou utilisez une autre base de données.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was stored.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace et réessayez. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The file or its folder is not writable: check their owner and permissions, and that the disk is not mounted read-only.</source>
        <translation>Le fichier ou son dossier n&apos;est pas accessible en écriture&#xa0;: vérifiez leur propriétaire et leurs permissions, et que le disque n&apos;est pas monté en lecture seule.</translation>
    </message>
    <message>
        <source>The disk reported an error: check it, then try again.</source>
        <translation>Le disque a signalé une erreur&#xa0;: vérifiez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2). Check its owner and permissions.</source>
        <translation>Le fichier de base de données %1 ne peut pas être lu (%2). Vérifiez son propriétaire et ses permissions.</translation>
    </message>
    <message>
        <source>the file is not writable (%1)</source>
        <translation>le fichier n&apos;est pas accessible en écriture (%1)</translation>
    </message>
    <message>
        <source>its folder %1 is not writable (%2)</source>
        <translation>son dossier %1 n&apos;est pas accessible en écriture (%2)</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 is not writable (%3).</source>
        <translation>Impossible de créer la base de données %1&#xa0;: le dossier %2 n&apos;est pas accessible en écriture (%3).</translation>
    </message>
    <message>
        <source>Cannot open the database file %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (another sync, or a tool holding it open). It is not damaged; try again when that program has finished.</source>
        <translation>%1 est verrouillé par un autre programme (une autre synchronisation, ou un outil qui le garde ouvert). Il n&apos;est pas endommagé&#xa0;; réessayez quand ce programme aura terminé.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. It is not damaged; make the file and its folder readable and writable for this user.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: %2. Il n&apos;est pas endommagé&#xa0;; rendez le fichier et son dossier accessibles en lecture et en écriture pour cet utilisateur.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk is full. Free some space and try again; the database has not been changed.</source>
        <translation>%1 ne peut pas être ouvert&#xa0;: le disque est plein. Libérez de l&apos;espace et réessayez&#xa0;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk reported an error. Check the disk, then try again; the database has not been changed.</source>
        <translation>%1 ne peut pas être lu&#xa0;: le disque a signalé une erreur. Vérifiez le disque, puis réessayez&#xa0;; la base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 must be updated to schema %2 (it is at %3) before this version can use it, and it can only be read: %4. Make it writable once so that it can be updated; it has not been changed.</source>
        <translation>%1 doit être mis à jour vers le schéma %2 (il en est au schéma %3) avant que cette version puisse l&apos;utiliser, et il n&apos;est accessible qu&apos;en lecture&#xa0;: %4. Rendez-le accessible en écriture une fois pour qu&apos;il puisse être mis à jour&#xa0;; il n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>arrscore::DemoLibrary</name>
    <message>
        <source>the demo library</source>
        <translation>la bibliothèque de démonstration</translation>
    </message>
</context>
<context>
    <name>arrscore::DiffPrinter</name>
    <message>
        <source>%1: snapshot %2 (%3) → %4 (%5)</source>
        <translation>%1&#xa0;: instantané %2 (%3) → %4 (%5)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>custom format %1: %2</source>
        <translation>format personnalisé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>redefined</source>
        <translation>redéfini</translation>
    </message>
    <message>
        <source>%1 — %2 %3 on %4</source>
        <translation>%1 — %2 %3 le %4</translation>
    </message>
    <message>
        <source>SNAPSHOT</source>
        <translation>INSTANTANÉ</translation>
    </message>
    <message>
        <source>SYNCED</source>
        <translation>SYNCHRONISÉ</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>QUALITY</source>
        <translation>QUALITÉ</translation>
    </message>
    <message>
        <source>PROFILE</source>
        <translation>PROFIL</translation>
    </message>
    <message>
        <source>FORMATS</source>
        <translation>FORMATS</translation>
    </message>
</context>
<context>
    <name>arrscore::DiffText</name>
    <message>
        <source>profile %1 → %2</source>
        <translation>profil %1 → %2</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>redefined: %1</source>
        <translation>redéfini&#xa0;: %1</translation>
    </message>
    <message>
        <source>now matches: %1</source>
        <translation>correspond désormais&#xa0;: %1</translation>
    </message>
    <message>
        <source>no longer matches: %1</source>
        <translation>ne correspond plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>cause not recorded</source>
        <translation>cause non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln amélioré</numerusform>
            <numerusform>%Ln améliorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln dégradé</numerusform>
            <numerusform>%Ln dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln remplacé</numerusform>
            <numerusform>%Ln remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln renoté</numerusform>
            <numerusform>%Ln renotés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln modifié</numerusform>
            <numerusform>%Ln modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>upgraded</source>
        <translation>amélioré</translation>
    </message>
    <message>
        <source>downgraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>re-scored</source>
        <translation>renoté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>arrscore::EmailDelivery</name>
    <message>
        <source>%1: %2 refused the user name or password (SMTP %3); check &quot;username&quot; and &quot;password&quot;</source>
        <translation>%1&#xa0;: %2 a refusé le nom d&apos;utilisateur ou le mot de passe (SMTP %3)&#xa0;; vérifiez «&#xa0;username&#xa0;» et «&#xa0;password&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 does not offer STARTTLS; use smtps:// if it speaks TLS from the start</source>
        <translation>%1&#xa0;: %2 ne propose pas STARTTLS&#xa0;; utilisez smtps:// s&apos;il parle TLS dès le départ</translation>
    </message>
    <message>
        <source>%1: the TLS connection to %2 failed (%3); is its certificate valid for this host name, and is the port right for %4?</source>
        <translation>%1&#xa0;: la connexion TLS à %2 a échoué (%3)&#xa0;; son certificat est-il valide pour ce nom d&apos;hôte, et le port est-il le bon pour %4&#xa0;?</translation>
    </message>
    <message>
        <source>%1: cannot reach %2 (%3)</source>
        <translation>%1&#xa0;: impossible de joindre %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 refused the message (SMTP %3: %4)</source>
        <translation>%1&#xa0;: %2 a refusé le message (SMTP %3&#xa0;: %4)</translation>
    </message>
    <message>
        <source>%1: sending through %2 failed (%3)</source>
        <translation>%1&#xa0;: l&apos;envoi par %2 a échoué (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ErrorPanel</name>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the problems</source>
        <translation>Masquer les problèmes</translation>
    </message>
</context>
<context>
    <name>arrscore::EventPrinter</name>
    <message>
        <source>indexer %1</source>
        <translation>indexeur %1</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>raison %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ExportCommand</name>
    <message>
        <source>Unknown export format &quot;%1&quot;: use json, csv or html.</source>
        <translation>Format d&apos;export inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez json, csv ou html.</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;: the views are: %2.</source>
        <translation>Vue inconnue «&#xa0;%1&#xa0;»&#xa0;: les vues sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Nothing to export: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Rien à exporter&#xa0;: %1 ne contient encore aucun instantané. Lancez d&apos;abord &quot;arrscore sync&quot;.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Wrote %1 of %2 to %3.</source>
        <translation>%1 de %2 écrits dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
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
        <translation>Rapport &amp;HTML</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>One row per file, for spreadsheets (UTF-8)</source>
        <translation>Une ligne par fichier, pour les tableurs (UTF-8)</translation>
    </message>
    <message>
        <source>Every column with its type, for scripts</source>
        <translation>Chaque colonne avec son type, pour les scripts</translation>
    </message>
    <message>
        <source>One self-contained page with charts and sortable tables, to open in any browser</source>
        <translation>Une page autonome avec graphiques et tableaux triables, à ouvrir dans n&apos;importe quel navigateur</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %2 of %Ln rows (filters applied)</source>
        <translation>
            <numerusform>&amp;Vue actuelle&#xa0;: %1, %2 sur %Ln ligne (filtres appliqués)</numerusform>
            <numerusform>&amp;Vue actuelle&#xa0;: %1, %2 sur %Ln lignes (filtres appliqués)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;urrent view: %1, %Ln rows</source>
        <translation>
            <numerusform>&amp;Vue actuelle&#xa0;: %1, %Ln ligne</numerusform>
            <numerusform>&amp;Vue actuelle&#xa0;: %1, %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Everything: %1 without filters, every instance</source>
        <translation>&amp;Tout&#xa0;: %1 sans filtre, toutes les instances</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
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
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another place with Browse…</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un autre emplacement avec Parcourir…</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%v lignes sur %m</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Écrit dans %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>arrscore::Exporter</name>
    <message>
        <source>unknown export view &quot;%1&quot;; expected one of: %2</source>
        <translation>vue d&apos;export inconnue «&#xa0;%1&#xa0;»&#xa0;; l&apos;une de celles-ci est attendue&#xa0;: %2</translation>
    </message>
    <message>
        <source>no synced data for the instance &quot;%1&quot;</source>
        <translation>aucune donnée synchronisée pour l&apos;instance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the output</source>
        <translation>la sortie</translation>
    </message>
    <message>
        <source>cannot write the export to %1: %2</source>
        <translation>impossible d&apos;écrire l&apos;export dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not open for writing</source>
        <translation>elle n&apos;est pas ouverte en écriture</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>the data could not be written</source>
        <translation>les données n&apos;ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>arrscore::FileColumns</name>
    <message>
        <source>Name of the Radarr/Sonarr instance</source>
        <translation>Nom de l&apos;instance Radarr/Sonarr</translation>
    </message>
    <message>
        <source>&quot;movie&quot; or &quot;episode&quot;</source>
        <translation>&quot;movie&quot; ou &quot;episode&quot;</translation>
    </message>
    <message>
        <source>Movie id, or series id for an episode file</source>
        <translation>ID du film, ou ID de la série pour un fichier d&apos;épisode</translation>
    </message>
    <message>
        <source>Movie file or episode file id on the server</source>
        <translation>ID du fichier de film ou d&apos;épisode sur le serveur</translation>
    </message>
    <message>
        <source>Movie title, or series title for an episode file</source>
        <translation>Titre du film, ou titre de la série pour un fichier d&apos;épisode</translation>
    </message>
    <message>
        <source>Release year; null when unknown</source>
        <translation>Année de sortie&#xa0;; null si inconnue</translation>
    </message>
    <message>
        <source>Series title; null for movies</source>
        <translation>Titre de la série&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>Season number; null for movies</source>
        <translation>Numéro de saison&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>Episode numbers in the file (several for a multi-episode file)</source>
        <translation>Numéros des épisodes du fichier (plusieurs pour un fichier multi-épisodes)</translation>
    </message>
    <message>
        <source>Episode title(s); null for movies</source>
        <translation>Titre(s) des épisodes&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>Quality, e.g. Bluray-2160p</source>
        <translation>Qualité, par ex. Bluray-2160p</translation>
    </message>
    <message>
        <source>Resolution of the quality, e.g. 2160; null when unknown</source>
        <translation>Résolution de la qualité, par ex. 2160&#xa0;; null si inconnue</translation>
    </message>
    <message>
        <source>Quality profile name; null when unknown</source>
        <translation>Nom du profil de qualité&#xa0;; null si inconnu</translation>
    </message>
    <message>
        <source>Custom formats the file matches</source>
        <translation>Formats personnalisés auxquels le fichier correspond</translation>
    </message>
    <message>
        <source>Custom format score; null when the server cannot score</source>
        <translation>Score de format personnalisé&#xa0;; null si le serveur ne peut pas noter</translation>
    </message>
    <message>
        <source>Score at which the profile stops upgrading; null when unknown</source>
        <translation>Score à partir duquel le profil cesse les mises à niveau&#xa0;; null si inconnu</translation>
    </message>
    <message>
        <source>Minimum score the profile accepts; null when unknown</source>
        <translation>Score minimal accepté par le profil&#xa0;; null si inconnu</translation>
    </message>
    <message>
        <source>Whether the profile allows upgrades</source>
        <translation>Si le profil autorise les mises à niveau</translation>
    </message>
    <message>
        <source>Whether the server says the quality cutoff is not met</source>
        <translation>Si le serveur indique que le seuil de qualité n&apos;est pas atteint</translation>
    </message>
    <message>
        <source>File size in bytes</source>
        <translation>Taille du fichier en octets</translation>
    </message>
    <message>
        <source>Path relative to the movie or series folder</source>
        <translation>Chemin relatif au dossier du film ou de la série</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Groupe de release</translation>
    </message>
    <message>
        <source>Video codec</source>
        <translation>Codec vidéo</translation>
    </message>
    <message>
        <source>Audio codec</source>
        <translation>Codec audio</translation>
    </message>
    <message>
        <source>HDR type, e.g. &quot;DV HDR10&quot;; empty for SDR</source>
        <translation>Type de HDR, par ex. &quot;DV HDR10&quot;&#xa0;; vide pour le SDR</translation>
    </message>
    <message>
        <source>When the file was added, UTC; null when unknown</source>
        <translation>Date d&apos;ajout du fichier, en UTC&#xa0;; null si inconnue</translation>
    </message>
</context>
<context>
    <name>arrscore::FileDetailPane</name>
    <message>
        <source>The score history could not be read: %1</source>
        <translation>L&apos;historique des scores n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No stored sync has this file yet.</source>
        <translation>Aucune synchronisation enregistrée ne contient encore ce fichier.</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Aucun fichier sélectionné</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a file to see how its score is made up.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un fichier pour voir de quoi se compose son score.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The profile of this file (id %1) was not in the sync, so its score cannot be explained.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le profil de ce fichier (id %1) n&apos;était pas dans la synchronisation, son score ne peut donc pas être expliqué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Score in “%1”</source>
        <translation>Score dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;p&gt;The server does not score files (Sonarr v3 has no custom formats).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le serveur ne note pas les fichiers (Sonarr v3 n&apos;a pas de formats personnalisés).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;i&gt;matches no custom format&lt;/i&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;0&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;i&gt;ne correspond à aucun format personnalisé&lt;/i&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;0&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Total (computed from the profile)</source>
        <translation>Total (calculé à partir du profil)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cutoff score</source>
        <translation>Score seuil</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln points below the cutoff.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln point sous le seuil.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln points sous le seuil.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;At or above the cutoff.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Au seuil ou au-dessus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 — the profile&apos;s cutoff is %2: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 — le seuil du profil est %2&#xa0;: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;below the cutoff&lt;/b&gt;</source>
        <translation>&lt;b&gt;sous le seuil&lt;/b&gt;</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>&lt;p&gt;This profile does not allow upgrades: the file is capped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ce profil n&apos;autorise pas de mise à niveau&#xa0;: le fichier est plafonné.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Worth having, missing</source>
        <translation>Intéressants, manquants</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Groupe de release</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Open in Radarr</source>
        <translation>Ouvrir dans Radarr</translation>
    </message>
    <message>
        <source>Open in Sonarr</source>
        <translation>Ouvrir dans Sonarr</translation>
    </message>
    <message>
        <source>This file has no episode the history knows.</source>
        <translation>Ce fichier n&apos;a aucun épisode connu de l&apos;historique.</translation>
    </message>
    <message>
        <source>Reading the score history…</source>
        <translation>Lecture de l&apos;historique des scores…</translation>
    </message>
    <message>
        <source>Open in Radarr or Sonarr</source>
        <translation>Ouvrir dans Radarr ou Sonarr</translation>
    </message>
    <message>
        <source>Opens this file&apos;s page on its server in the browser</source>
        <translation>Ouvre la page de ce fichier sur son serveur dans le navigateur</translation>
    </message>
</context>
<context>
    <name>arrscore::FileRowModel</name>
    <message>
        <source>%1, below the cutoff score %2</source>
        <translation>%1, sous le score seuil %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln points below the cutoff score %1</source>
        <translation>
            <numerusform>%Ln point sous le score seuil %1</numerusform>
            <numerusform>%Ln points sous le score seuil %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::FileStaging</name>
    <message>
        <source>The instance changed while its files were being stored.</source>
        <translation>L&apos;instance a changé pendant l&apos;enregistrement de ses fichiers.</translation>
    </message>
</context>
<context>
    <name>arrscore::FileTableModel</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item ID</source>
        <translation>ID d&apos;élément</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>ID de fichier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Épisodes</translation>
    </message>
    <message>
        <source>Episode title</source>
        <translation>Titre de l&apos;épisode</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Formats personnalisés</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cutoff score</source>
        <translation>Score seuil</translation>
    </message>
    <message>
        <source>Min score</source>
        <translation>Score minimal</translation>
    </message>
    <message>
        <source>Upgrades</source>
        <translation>Mises à niveau</translation>
    </message>
    <message>
        <source>Below quality cutoff</source>
        <translation>Sous le seuil de qualité</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Groupe de release</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Dynamic range</source>
        <translation>Plage dynamique</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>arrscore::FilterBar</name>
    <message>
        <source>Upgrade candidates only</source>
        <translation>Candidats à la mise à niveau seulement</translation>
    </message>
    <message>
        <source>Filter by title, release group or path</source>
        <translation>Filtrer par titre, groupe de release ou chemin</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Only files of this instance</source>
        <translation>Seulement les fichiers de cette instance</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Only files in this quality profile</source>
        <translation>Seulement les fichiers de ce profil de qualité</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Toutes les qualités</translation>
    </message>
    <message>
        <source>Only files of this quality</source>
        <translation>Seulement les fichiers de cette qualité</translation>
    </message>
    <message>
        <source>All resolutions</source>
        <translation>Toutes les résolutions</translation>
    </message>
    <message>
        <source>Only files of this resolution</source>
        <translation>Seulement les fichiers de cette résolution</translation>
    </message>
    <message>
        <source>Has any format</source>
        <translation>A n&apos;importe quel format</translation>
    </message>
    <message>
        <source>Only files that matched this custom format</source>
        <translation>Seulement les fichiers qui correspondent à ce format personnalisé</translation>
    </message>
    <message>
        <source>Lacks no format</source>
        <translation>Aucun format manquant</translation>
    </message>
    <message>
        <source>Only files that did not match this custom format</source>
        <translation>Seulement les fichiers qui ne correspondent pas à ce format personnalisé</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Lowest custom format score to show; files without a score are hidden when set</source>
        <translation>Score de format personnalisé le plus bas à afficher&#xa0;; les fichiers sans score sont masqués quand il est défini</translation>
    </message>
    <message>
        <source>Highest custom format score to show</source>
        <translation>Score de format personnalisé le plus haut à afficher</translation>
    </message>
    <message>
        <source>Only files below their profile&apos;s cutoff score or quality, in a profile that allows upgrades</source>
        <translation>Seulement les fichiers sous le score seuil ou la qualité seuil de leur profil, dans un profil qui autorise les mises à niveau</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every file again (Ctrl+Shift+F)</source>
        <translation>Afficher de nouveau tous les fichiers (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Score</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Shows only the files whose title, release group or path contains this text</source>
        <translation>N&apos;affiche que les fichiers dont le titre, le groupe de release ou le chemin contient ce texte</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Score le plus bas</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Score le plus haut</translation>
    </message>
    <message>
        <source>Better release available</source>
        <translation>Meilleure release disponible</translation>
    </message>
    <message>
        <source>Only files whose latest check for better releases found one the server would take (File › Check for Better Releases)</source>
        <translation>Seulement les fichiers dont la dernière vérification a trouvé une meilleure release que le serveur accepterait (Fichier › Vérifier s&apos;il y a de meilleures releases)</translation>
    </message>
</context>
<context>
    <name>arrscore::Finding</name>
    <message>
        <source>Upgrade loop</source>
        <translation>Boucle de mise à niveau</translation>
    </message>
    <message>
        <source>Grab and import scores differ</source>
        <translation>Scores de récupération et d&apos;importation différents</translation>
    </message>
    <message>
        <source>Score changed since import</source>
        <translation>Score changé depuis l&apos;importation</translation>
    </message>
    <message>
        <source>Score does not add up</source>
        <translation>Total du score incohérent</translation>
    </message>
    <message>
        <source>Repeated download failures</source>
        <translation>Échecs de téléchargement répétés</translation>
    </message>
    <message>
        <source>The same release was grabbed two or more times for one item, or three or more releases were grabbed within the loop window without a better score in the end.</source>
        <translation>La même release a été récupérée deux fois ou plus pour un élément, ou trois releases ou plus ont été récupérées dans la fenêtre de boucle sans meilleur score à la fin.</translation>
    </message>
    <message>
        <source>A release scored differently when it was grabbed than when its file was imported: the release name matched custom formats that the imported file&apos;s name does not, the usual cause of loops.</source>
        <translation>Une release a été notée différemment à sa récupération et à l&apos;importation de son fichier&#xa0;: le nom de la release correspondait à des formats personnalisés auxquels le nom du fichier importé ne correspond pas, la cause habituelle des boucles.</translation>
    </message>
    <message>
        <source>A file scores differently today than when it was imported, although no profile or custom format changed in the snapshots: a rename or a new media-info scan changed what it matches.</source>
        <translation>Un fichier est noté différemment aujourd&apos;hui qu&apos;à son importation, bien qu&apos;aucun profil ni format personnalisé n&apos;ait changé dans les instantanés&#xa0;: un renommage ou une nouvelle analyse des informations média a changé ce à quoi il correspond.</translation>
    </message>
    <message>
        <source>The score the server reports for a file is not the sum of its custom formats&apos; scores in its profile, or two of the server&apos;s endpoints report different scores for it.</source>
        <translation>Le score que le serveur indique pour un fichier n&apos;est pas la somme des scores de ses formats personnalisés dans son profil, ou deux points d&apos;accès du serveur lui donnent des scores différents.</translation>
    </message>
    <message>
        <source>Two or more downloads of one item failed within the loop window.</source>
        <translation>Deux téléchargements ou plus d&apos;un élément ont échoué dans la fenêtre de boucle.</translation>
    </message>
</context>
<context>
    <name>arrscore::FindingDetailPane</name>
    <message>
        <source>indexer %1</source>
        <translation>indexeur %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>The selected finding and its item&apos;s history</source>
        <translation>Le constat sélectionné et l&apos;historique de son élément</translation>
    </message>
    <message>
        <source>No finding selected</source>
        <translation>Aucun constat sélectionné</translation>
    </message>
    <message>
        <source>Select a finding to read what happened and the item&apos;s history on its server, step by step, with the score the server gave at each step.</source>
        <translation>Sélectionnez un constat pour lire ce qui s&apos;est passé et l&apos;historique de l&apos;élément sur son serveur, étape par étape, avec le score donné par le serveur à chaque étape.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The server&apos;s history holds no event of this item.</source>
        <translation>L&apos;historique du serveur ne contient aucun événement de cet élément.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>score not kept</source>
        <translation>score non conservé</translation>
    </message>
</context>
<context>
    <name>arrscore::FindingTableModel</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
</context>
<context>
    <name>arrscore::GrabCommand</name>
    <message>
        <source>A release of the item&apos;s latest lookup.</source>
        <translation>Une release de la dernière consultation de l&apos;élément.</translation>
    </message>
    <message>
        <source>grab takes no arguments; see &quot;arrscore --help&quot;.</source>
        <translation>grab ne prend pas d&apos;argument&#xa0;; voir &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>grab needs one --instance NAME and one --item ID (a movie id for Radarr, an episode id for Sonarr).</source>
        <translation>grab demande un --instance NOM et un --item ID (un id de film pour Radarr, un id d&apos;épisode pour Sonarr).</translation>
    </message>
    <message>
        <source>grab takes one --item ID.</source>
        <translation>grab prend un seul --item ID.</translation>
    </message>
    <message>
        <source>No lookup of item %1 on &quot;%2&quot; yet: run &quot;arrscore releases --instance %2 --item %1&quot; first.</source>
        <translation>Aucune consultation de l&apos;élément %1 sur «&#xa0;%2&#xa0;» pour l&apos;instant&#xa0;: lancez d&apos;abord &quot;arrscore releases --instance %2 --item %1&quot;.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 (%2) found no release Radarr/Sonarr would take as an upgrade (%3): nothing to grab. &quot;arrscore releases --instance %4 --item %5&quot; looks again.</source>
        <translation>La dernière consultation de %1 (%2) n&apos;a trouvé aucune release que Radarr/Sonarr accepterait comme mise à niveau (%3)&#xa0;: rien à récupérer. &quot;arrscore releases --instance %4 --item %5&quot; consulte à nouveau.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 (%2) has no release with guid &quot;%3&quot;.</source>
        <translation>La dernière consultation de %1 (%2) ne contient aucune release avec le guid «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Grab for %1:</source>
        <translation>Récupération pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The lookup is from %1, and Radarr/Sonarr keep looked-up releases for %2: it is looked up again first (one lookup of release_lookups_per_hour), and the release grabbed if still offered.</source>
        <translation>La consultation date de %1, et Radarr/Sonarr gardent les releases consultées pendant %2&#xa0;: elle est d&apos;abord refaite (une consultation de release_lookups_per_hour), et la release est récupérée si elle est encore proposée.</translation>
    </message>
    <message>
        <source>Send it to the download client of %1?</source>
        <translation>L&apos;envoyer au client de téléchargement de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was grabbed: run it again with --yes to grab it, or in a terminal to be asked.</source>
        <translation>Rien n&apos;a été récupéré&#xa0;: relancez la commande avec --yes pour la récupérer, ou dans un terminal pour qu&apos;on vous le demande.</translation>
    </message>
    <message>
        <source>Looking up again (at most %1)…</source>
        <translation>Nouvelle consultation (au plus %1)…</translation>
    </message>
</context>
<context>
    <name>arrscore::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read how to set up, sync, explore and export your libraries (F1)</source>
        <translation>Découvrez comment configurer, synchroniser, explorer et exporter vos bibliothèques (F1)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Report a Problem…</source>
        <translation>Signaler un pro&amp;blème…</translation>
    </message>
    <message>
        <source>&amp;About Arr Score Exporter</source>
        <translation>À &amp;propos d&apos;Arr Score Exporter</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryBuilder</name>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;historique de %1 dans la base de données %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryCommands</name>
    <message>
        <source>A movie or episode id.</source>
        <translation>Un id de film ou d&apos;épisode.</translation>
    </message>
    <message>
        <source>Part of a title.</source>
        <translation>Une partie d&apos;un titre.</translation>
    </message>
    <message>
        <source>The older snapshot.</source>
        <translation>L&apos;instantané le plus ancien.</translation>
    </message>
    <message>
        <source>The newer snapshot.</source>
        <translation>L&apos;instantané le plus récent.</translation>
    </message>
    <message>
        <source>Keep the newest N snapshots of each instance.</source>
        <translation>Garder les N instantanés les plus récents de chaque instance.</translation>
    </message>
    <message>
        <source>Delete snapshots older than this (90d, 12w, 48h).</source>
        <translation>Supprimer les instantanés plus anciens que cela (90d, 12w, 48h).</translation>
    </message>
    <message>
        <source>%1 takes no arguments; see &quot;arrscore --help&quot;.</source>
        <translation>%1 ne prend pas d&apos;argument&#xa0;; voir &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>%1 takes one --instance.</source>
        <translation>%1 prend un seul --instance.</translation>
    </message>
    <message>
        <source>No snapshot of an instance named &quot;%1&quot; in %2. Synced instances: %3.</source>
        <translation>Aucun instantané d&apos;une instance nommée «&#xa0;%1&#xa0;» dans %2. Instances synchronisées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>history needs --item ID or --title TEXT (one of them).</source>
        <translation>history demande --item ID ou --title TEXTE (l&apos;un des deux).</translation>
    </message>
    <message>
        <source>--item takes a movie or episode id (a positive number), not &quot;%1&quot;.</source>
        <translation>--item attend un id de film ou d&apos;épisode (un nombre positif), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items match &quot;%1&quot;; choose one with --item ID (and --instance NAME):</source>
        <translation>
            <numerusform>%Ln élément correspond à «&#xa0;%1&#xa0;»&#xa0;; choisissez-en un avec --item ID (et --instance NOM)&#xa0;:</numerusform>
            <numerusform>%Ln éléments correspondent à «&#xa0;%1&#xa0;»&#xa0;; choisissez-en un avec --item ID (et --instance NOM)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>No movie or episode with id %1 was ever stored in %2.</source>
        <translation>Aucun film ni épisode d&apos;id %1 n&apos;a jamais été enregistré dans %2.</translation>
    </message>
    <message>
        <source>No title contains &quot;%1&quot; in %2.</source>
        <translation>Aucun titre ne contient «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>--from and --to take snapshot ids, as &quot;arrscore snapshots&quot; lists them.</source>
        <translation>--from et --to attendent des id d&apos;instantanés, tels que &quot;arrscore snapshots&quot; les liste.</translation>
    </message>
    <message>
        <source>Snapshot %1 is of %2, not of %3.</source>
        <translation>L&apos;instantané %1 est de %2, pas de %3.</translation>
    </message>
    <message>
        <source>Snapshot %1 is the first of %2: there is nothing before it to compare with.</source>
        <translation>L&apos;instantané %1 est le premier de %2&#xa0;: il n&apos;y a rien avant lui à comparer.</translation>
    </message>
    <message>
        <source>Nothing to compare: %1 holds fewer than two syncs of %2. Run &quot;arrscore sync&quot; again later.</source>
        <translation>Rien à comparer&#xa0;: %1 contient moins de deux synchronisations de %2. Relancez &quot;arrscore sync&quot; plus tard.</translation>
    </message>
    <message>
        <source>any instance</source>
        <translation>n&apos;importe quelle instance</translation>
    </message>
    <message>
        <source>No snapshot is stored yet.</source>
        <translation>Aucun instantané n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANCE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINÉ</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FICHIERS</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>AVERTISSEMENTS</translation>
    </message>
    <message>
        <source>prune needs --keep N or --older-than AGE (one of them), e.g. --older-than 90d.</source>
        <translation>prune demande --keep N ou --older-than ÂGE (l&apos;un des deux), par ex. --older-than 90d.</translation>
    </message>
    <message>
        <source>--keep takes a number of snapshots, 1 or more (the latest is always kept).</source>
        <translation>--keep attend un nombre d&apos;instantanés, 1 ou plus (le plus récent est toujours gardé).</translation>
    </message>
    <message>
        <source>--older-than takes an age such as 90d (days), 12w (weeks) or 48h (hours), not &quot;%1&quot;.</source>
        <translation>--older-than attend un âge comme 90d (jours), 12w (semaines) ou 48h (heures), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to delete.</source>
        <translation>Rien à supprimer.</translation>
    </message>
    <message>
        <source>Deleted %1 (%2) and %3 no kept snapshot uses.</source>
        <translation>%1 (%2) et %3 qu&apos;aucun instantané gardé n&apos;utilise ont été supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshots</source>
        <translation>
            <numerusform>%Ln instantané</numerusform>
            <numerusform>%Ln instantanés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored versions</source>
        <translation>
            <numerusform>%Ln version enregistrée</numerusform>
            <numerusform>%Ln versions enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %L1 more</source>
        <translation>… et %L1 de plus</translation>
    </message>
    <message>
        <source>The server&apos;s own history was not read for %1 (history_days: 0, or no sync since this version): run &quot;arrscore sync&quot; to see its grabs and imports here.</source>
        <translation>L&apos;historique du serveur n&apos;a pas été lu pour %1 (history_days: 0, ou aucune synchronisation depuis cette version)&#xa0;: lancez &quot;arrscore sync&quot; pour voir ici ses récupérations et importations.</translation>
    </message>
    <message>
        <source>%1 recorded no grab, import, failure or deletion of it since the syncs began reading its history.</source>
        <translation>%1 n&apos;a enregistré aucune récupération, importation, aucun échec ni aucune suppression le concernant depuis que les synchronisations lisent son historique.</translation>
    </message>
    <message>
        <source>%1&apos;s own history of it (score = what the server kept at the time):</source>
        <translation>Son historique sur %1 (score = ce que le serveur a gardé à ce moment-là)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryFetcher</name>
    <message>
        <source>The server&apos;s history could not be read, so the audit does not know what happened since the last sync; the library itself was stored. The next sync reads it again. %1</source>
        <translation>L&apos;historique du serveur n&apos;a pas pu être lu, l&apos;audit ne sait donc pas ce qui s&apos;est passé depuis la dernière synchronisation&#xa0;; la bibliothèque elle-même a été enregistrée. La prochaine synchronisation le relira. %1</translation>
    </message>
    <message>
        <source>%1 keeps no custom format scores in its history (Radarr keeps them from 4.3.1, Sonarr from v4): the audit cannot compare grab and import scores or tell an upgrade loop by its score gain here.</source>
        <translation>%1 ne garde pas de scores de formats personnalisés dans son historique (Radarr les garde depuis 4.3.1, Sonarr depuis v4)&#xa0;: l&apos;audit ne peut pas ici comparer les scores de récupération et d&apos;importation, ni reconnaître une boucle de mise à niveau à son gain de score.</translation>
    </message>
    <message>
        <source>%1 keeps the score of a grab but not of an import (Radarr keeps that from 4.4.2): the audit cannot compare grab and import scores or a file&apos;s score at import with today&apos;s here.</source>
        <translation>%1 garde le score d&apos;une récupération mais pas celui d&apos;une importation (Radarr le garde depuis 4.4.2)&#xa0;: l&apos;audit ne peut pas ici comparer les scores de récupération et d&apos;importation, ni le score d&apos;un fichier à l&apos;importation avec celui d&apos;aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryParser</name>
    <message>
        <source>%1: history row %2 skipped: %3</source>
        <translation>%1&#xa0;: ligne d&apos;historique %2 ignorée&#xa0;: %3</translation>
    </message>
    <message>
        <source>it has no id or date</source>
        <translation>elle n&apos;a pas d&apos;id ou de date</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3).</source>
        <translation>La réponse à %1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list of history rows, as the Radarr/Sonarr API has it.</source>
        <translation>La réponse à %1 n&apos;est pas une liste de lignes d&apos;historique, comme le prévoit l&apos;API de Radarr/Sonarr.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a page of history rows ({page, records}), as the Radarr/Sonarr API has it.</source>
        <translation>La réponse à %1 n&apos;est pas une page de lignes d&apos;historique ({page, records}), comme le prévoit l&apos;API de Radarr/Sonarr.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryRows</name>
    <message>
        <source>Name of the Radarr/Sonarr instance</source>
        <translation>Nom de l&apos;instance Radarr/Sonarr</translation>
    </message>
    <message>
        <source>&quot;movie&quot; or &quot;episode&quot;</source>
        <translation>&quot;movie&quot; ou &quot;episode&quot;</translation>
    </message>
    <message>
        <source>The item: movie id, or episode id (not the series id)</source>
        <translation>L&apos;élément&#xa0;: id du film, ou id de l&apos;épisode (pas celui de la série)</translation>
    </message>
    <message>
        <source>Movie title, or series title</source>
        <translation>Titre du film ou de la série</translation>
    </message>
    <message>
        <source>Release year; null when unknown</source>
        <translation>Année de sortie&#xa0;; null si inconnue</translation>
    </message>
    <message>
        <source>Season number; null for movies</source>
        <translation>Numéro de saison&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>Episode number; null for movies</source>
        <translation>Numéro d&apos;épisode&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>Episode title; null for movies</source>
        <translation>Titre de l&apos;épisode&#xa0;; null pour les films</translation>
    </message>
    <message>
        <source>added, upgraded, downgraded, replaced, rescored, changed or removed: what this point is, compared with the one before</source>
        <translation>added, upgraded, downgraded, replaced, rescored, changed ou removed&#xa0;: ce qu&apos;est ce point par rapport au précédent</translation>
    </message>
    <message>
        <source>The first snapshot of this point</source>
        <translation>Le premier instantané de ce point</translation>
    </message>
    <message>
        <source>When that snapshot&apos;s sync finished (UTC)</source>
        <translation>Quand la synchronisation de cet instantané s&apos;est terminée (UTC)</translation>
    </message>
    <message>
        <source>The first snapshot after this point; null while current</source>
        <translation>Le premier instantané après ce point&#xa0;; null tant qu&apos;il est actuel</translation>
    </message>
    <message>
        <source>When that snapshot&apos;s sync finished; null while current</source>
        <translation>Quand la synchronisation de cet instantané s&apos;est terminée&#xa0;; null tant qu&apos;il est actuel</translation>
    </message>
    <message>
        <source>Movie file or episode file id; null for removed</source>
        <translation>Id du fichier de film ou d&apos;épisode&#xa0;; null pour les supprimés</translation>
    </message>
    <message>
        <source>Quality, e.g. Bluray-2160p</source>
        <translation>Qualité, par ex. Bluray-2160p</translation>
    </message>
    <message>
        <source>The file&apos;s quality profile at that time</source>
        <translation>Le profil de qualité du fichier à ce moment-là</translation>
    </message>
    <message>
        <source>Custom formats the file matched</source>
        <translation>Formats personnalisés auxquels le fichier correspondait</translation>
    </message>
    <message>
        <source>The score; null when the server cannot score (never 0 for unknown)</source>
        <translation>Le score&#xa0;; null si le serveur ne peut pas noter (jamais 0 pour inconnu)</translation>
    </message>
    <message>
        <source>The score of the point before; null when none or unknown</source>
        <translation>Le score du point précédent&#xa0;; null s&apos;il n&apos;y en a pas ou s&apos;il est inconnu</translation>
    </message>
    <message>
        <source>File size in bytes</source>
        <translation>Taille du fichier en octets</translation>
    </message>
    <message>
        <source>Release group</source>
        <translation>Groupe de release</translation>
    </message>
    <message>
        <source>Path relative to the movie or series folder</source>
        <translation>Chemin relatif au dossier du film ou de la série</translation>
    </message>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;historique de %1 dans la base de données %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryStore</name>
    <message>
        <source>Cannot read the history from the database %1.</source>
        <translation>Impossible de lire l&apos;historique dans la base de données %1.</translation>
    </message>
</context>
<context>
    <name>arrscore::HtmlReport</name>
    <message>
        <source>the report</source>
        <translation>le rapport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::HttpDelivery</name>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>le nom d&apos;hôte est introuvable</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>the TLS certificate was not accepted</source>
        <translation>le certificat TLS n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>a network error (%1)</source>
        <translation>une erreur réseau (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>the URL or token was refused; check it in the configuration</source>
        <translation>l&apos;URL ou le jeton a été refusé&#xa0;; vérifiez-le dans la configuration</translation>
    </message>
    <message>
        <source>there is nothing at this URL (a deleted webhook?); check it</source>
        <translation>il n&apos;y a rien à cette URL (un webhook supprimé&#xa0;?)&#xa0;; vérifiez-la</translation>
    </message>
    <message>
        <source>too many messages; the server asked to wait</source>
        <translation>trop de messages&#xa0;; le serveur a demandé d&apos;attendre</translation>
    </message>
    <message>
        <source>the message was refused; check the target&apos;s settings</source>
        <translation>le message a été refusé&#xa0;; vérifiez les réglages de la cible</translation>
    </message>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (après %n tentative)</numerusform>
            <numerusform>%1 (après %n tentatives)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; it asked to wait %n s, longer than arrscore waits</source>
        <translation>
            <numerusform>%1&#xa0;; il a demandé d&apos;attendre %n s, plus longtemps qu&apos;arrscore n&apos;attend</numerusform>
            <numerusform>%1&#xa0;; il a demandé d&apos;attendre %n s, plus longtemps qu&apos;arrscore n&apos;attend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceComparison</name>
    <message numerus="yes">
        <source>%1: %n file(s) without a catalogue id (tmdbId/tvdbId) were left out; sync the instance again to store them.</source>
        <translation>
            <numerusform>%1&#xa0;: %n fichier sans id de catalogue (tmdbId/tvdbId) a été laissé de côté&#xa0;; synchronisez à nouveau l&apos;instance pour l&apos;enregistrer.</numerusform>
            <numerusform>%1&#xa0;: %n fichiers sans id de catalogue (tmdbId/tvdbId) ont été laissés de côté&#xa0;; synchronisez à nouveau l&apos;instance pour les enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing needs two synced instances of the same kind (two Radarr or two Sonarr); %1 has none. Name them with --instance, or sync a second one.</source>
        <translation>La comparaison demande deux instances synchronisées du même type (deux Radarr ou deux Sonarr)&#xa0;; %1 n&apos;en contient pas. Nommez-les avec --instance, ou synchronisez-en une seconde.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceConfig</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceDialog</name>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>Vérifier le certificat TLS du serveur</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Add an instance</source>
        <translation>Ajouter une instance</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Settings › General › Security › API Key</source>
        <translation>Settings › General › Security › API Key</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laisser vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>The URL is the address you open in a browser, with its URL base (e.g. http://nas:7878/radarr). The key is kept in your system&apos;s keychain.</source>
        <translation>L&apos;URL est l&apos;adresse que vous ouvrez dans un navigateur, avec sa base d&apos;URL (par ex. http://nas:7878/radarr). La clé est conservée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The name may use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le nom peut contenir des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>There is already an instance named &quot;%1&quot;.</source>
        <translation>Il existe déjà une instance nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The URL: %1</source>
        <translation>L&apos;URL&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter the API key (Settings › General › Security in Radarr/Sonarr).</source>
        <translation>Saisissez la clé d&apos;API (Settings › General › Security dans Radarr/Sonarr).</translation>
    </message>
    <message>
        <source>The stored key could not be read; enter the API key to test.</source>
        <translation>La clé enregistrée n&apos;a pas pu être lue&#xa0;; saisissez la clé d&apos;API pour tester.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln series</source>
        <translation>
            <numerusform>%Ln série</numerusform>
            <numerusform>%Ln séries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>Import from Re&amp;cyclarr…</source>
        <translation>&amp;Importer depuis Recyclarr…</translation>
    </message>
    <message>
        <source>Add the Radarr and Sonarr instances Recyclarr&apos;s recyclarr.yml configures instead</source>
        <translation>Ajouter plutôt les instances Radarr et Sonarr que configure le recyclarr.yml de Recyclarr</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivées</translation>
    </message>
    <message>
        <source>At most this many release lookups (Check for Better Releases, and a grab&apos;s fresh lookup) per hour, counted across the app and the command line. Each lookup queries every indexer enabled on the server and takes 10–120 seconds; indexers that are asked too often back off, also for the server&apos;s own searches. 0 switches lookups off.</source>
        <translation>Au plus ce nombre de consultations de releases (Vérifier s&apos;il y a de meilleures releases, et la nouvelle consultation avant une récupération) par heure, comptées sur l&apos;application et la ligne de commande ensemble. Chaque consultation interroge tous les indexeurs activés sur le serveur et prend 10 à 120 secondes&#xa0;; les indexeurs sollicités trop souvent ralentissent, y compris pour les recherches du serveur lui-même. 0 désactive les consultations.</translation>
    </message>
    <message>
        <source>At most this many items searched or grabbed per hour, counted across the app and the command line: each searched item queries every indexer.</source>
        <translation>Au plus ce nombre d&apos;éléments recherchés ou récupérés par heure, comptés sur l&apos;application et la ligne de commande ensemble&#xa0;: chaque élément recherché interroge tous les indexeurs.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>An item searched within this many days is skipped by Search for Upgrades (unless you choose to search anyway), so your indexers are not asked for the same item again and again. 0: no cooldown.</source>
        <translation>Un élément recherché il y a moins de ce nombre de jours est ignoré par «&#xa0;Rechercher des mises à niveau&#xa0;» (sauf si vous choisissez de rechercher quand même), pour que vos indexeurs ne soient pas interrogés sans cesse sur le même élément. 0&#xa0;: aucun délai de carence.</translation>
    </message>
    <message>
        <source>Release &amp;lookups per hour:</source>
        <translation>C&amp;onsultations de releases par heure&#xa0;:</translation>
    </message>
    <message>
        <source>Searc&amp;hes per hour:</source>
        <translation>Rec&amp;herches par heure&#xa0;:</translation>
    </message>
    <message>
        <source>Search cool&amp;down:</source>
        <translation>&amp;Délai de carence des recherches&#xa0;:</translation>
    </message>
    <message>
        <source>How far back the first sync reads the server&apos;s own history (grabs, imports, failed downloads, deletions) for the Audit; later syncs read only what is new. A few requests per sync. 0 switches reading the history off.</source>
        <translation>Jusqu&apos;où la première synchronisation remonte dans l&apos;historique du serveur (récupérations, importations, téléchargements échoués, suppressions) pour l&apos;Audit&#xa0;; les suivantes ne lisent que ce qui est nouveau. Quelques requêtes par synchronisation. 0 désactive la lecture de l&apos;historique.</translation>
    </message>
    <message>
        <source>Three or more grabs of one item within this many days with no score gained count as an upgrade loop in the Audit (the same release grabbed twice always does).</source>
        <translation>Trois récupérations ou plus d&apos;un élément en ce nombre de jours sans gain de score comptent comme une boucle de mise à niveau dans l&apos;Audit (la même release récupérée deux fois compte toujours).</translation>
    </message>
    <message>
        <source>H&amp;istory to read:</source>
        <translation>Historique à &amp;lire&#xa0;:</translation>
    </message>
    <message>
        <source>Upgrade l&amp;oop window:</source>
        <translation>Fenêtre des &amp;boucles de mise à niveau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>arrscore::Instances</name>
    <message>
        <source>API key saved in the configuration file</source>
        <translation>Clé d&apos;API enregistrée dans le fichier de configuration</translation>
    </message>
    <message>
        <source>%1

The key of &quot;%2&quot; is saved in %3 instead, readable only by your user account.</source>
        <translation>%1

La clé de «&#xa0;%2&#xa0;» est enregistrée dans %3 à la place, lisible seulement par votre compte utilisateur.</translation>
    </message>
    <message>
        <source>Could not save the instance</source>
        <translation>L&apos;instance n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>The API key could not be read</source>
        <translation>La clé d&apos;API n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>arrscore::InstancesCommand</name>
    <message>
        <source>Usage: arrscore instances [import recyclarr [PATH] [--dry-run] [--yes]]</source>
        <translation>Usage&#xa0;: arrscore instances [import recyclarr [CHEMIN] [--dry-run] [--yes]]</translation>
    </message>
    <message>
        <source>No instance is configured.</source>
        <translation>Aucune instance n&apos;est configurée.</translation>
    </message>
    <message>
        <source>api key: %1</source>
        <translation>clé d&apos;API&#xa0;: %1</translation>
    </message>
    <message>
        <source>defined in: %1</source>
        <translation>définie dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation>base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation>depuis&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot be added: %1</source>
        <translation>ne peut pas être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was added: run it again with --yes to add them, or in a terminal to be asked.</source>
        <translation>Rien n&apos;a été ajouté&#xa0;: relancez la commande avec --yes pour les ajouter, ou dans un terminal pour qu&apos;on vous le demande.</translation>
    </message>
    <message>
        <source>Read %1.</source>
        <translation>Lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration names no Radarr or Sonarr instance.</source>
        <translation>La configuration de Recyclarr ne nomme aucune instance Radarr ou Sonarr.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n instances:</source>
        <translation>
            <numerusform>%n instance trouvée&#xa0;:</numerusform>
            <numerusform>%n instances trouvées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add.</source>
        <translation>Rien à ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>--dry-run: %n instances would be added to %1.</source>
        <translation>
            <numerusform>--dry-run&#xa0;: %n instance serait ajoutée à %1.</numerusform>
            <numerusform>--dry-run&#xa0;: %n instances seraient ajoutées à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n instances to %1?</source>
        <translation>
            <numerusform>Ajouter %n instance à %1&#xa0;?</numerusform>
            <numerusform>Ajouter %n instances à %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instances not added.</source>
        <translation>
            <numerusform>%n instance non ajoutée.</numerusform>
            <numerusform>%n instances non ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its key is in %2, since the keychain could not take it:</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée&#xa0;; sa clé est dans %2, car le trousseau n&apos;a pas pu la prendre&#xa0;:</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; its key is in the keychain.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée&#xa0;; sa clé est dans le trousseau.</translation>
    </message>
    <message>
        <source>Run &quot;arrscore test&quot; to check them.</source>
        <translation>&quot;arrscore test&quot; les vérifie.</translation>
    </message>
</context>
<context>
    <name>arrscore::ItemSelection</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>--limit only goes with --candidates.</source>
        <translation>--limit ne s&apos;utilise qu&apos;avec --candidates.</translation>
    </message>
    <message>
        <source>Ids belong to one instance: give one --instance.</source>
        <translation>Les ids appartiennent à une instance&#xa0;: donnez un --instance.</translation>
    </message>
    <message>
        <source>--limit expects a number of 1 or more, not &quot;%1&quot;.</source>
        <translation>--limit attend un nombre de 1 ou plus, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 expects a positive id, not &quot;%2&quot;.</source>
        <translation>--%1 attend un id positif, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No instance named &quot;%1&quot;. Configured: %2.</source>
        <translation>Aucune instance nommée «&#xa0;%1&#xa0;». Configurées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No instance is configured.</source>
        <translation>Aucune instance n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Ids belong to one instance: add --instance NAME (configured: %1).</source>
        <translation>Les ids appartiennent à une instance&#xa0;: ajoutez --instance NOM (configurées&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Nothing to choose from: %1 holds no snapshot yet. Run &quot;arrscore sync&quot; first.</source>
        <translation>Rien à choisir&#xa0;: %1 ne contient encore aucun instantané. Lancez d&apos;abord &quot;arrscore sync&quot;.</translation>
    </message>
    <message>
        <source>No upgrade candidates in the latest snapshots: nothing to do.</source>
        <translation>Aucun candidat à la mise à niveau dans les derniers instantanés&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>movie %1 with a file</source>
        <translation>film %1 avec un fichier</translation>
    </message>
    <message>
        <source>episode %1 with a file</source>
        <translation>épisode %1 avec un fichier</translation>
    </message>
    <message>
        <source>No %1 in the latest snapshot of &quot;%2&quot; (%3). Ids are the item_id column of &quot;arrscore candidates --json&quot; (movie ids for Radarr, episode ids for Sonarr); run &quot;arrscore sync %2&quot; if it is new.</source>
        <translation>Aucun %1 dans le dernier instantané de «&#xa0;%2&#xa0;» (%3). Les ids sont la colonne item_id de &quot;arrscore candidates --json&quot; (ids de films pour Radarr, ids d&apos;épisodes pour Sonarr)&#xa0;; lancez &quot;arrscore sync %2&quot; s&apos;il est nouveau.</translation>
    </message>
    <message>
        <source>No file %1 in the latest snapshot of &quot;%2&quot; (%3). File ids are the file_id column of &quot;arrscore export&quot;.</source>
        <translation>Aucun fichier %1 dans le dernier instantané de «&#xa0;%2&#xa0;» (%3). Les ids de fichiers sont la colonne file_id de &quot;arrscore export&quot;.</translation>
    </message>
    <message>
        <source>None of these files has a movie or episode id to act on (the sync could not link its episodes).</source>
        <translation>Aucun de ces fichiers n&apos;a d&apos;id de film ou d&apos;épisode sur lequel agir (la synchronisation n&apos;a pas pu relier ses épisodes).</translation>
    </message>
</context>
<context>
    <name>arrscore::JsonFields</name>
    <message>
        <source>field &quot;%1&quot; should be %2, not %3.</source>
        <translation>le champ «&#xa0;%1&#xa0;» devrait être %2, pas %3.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a date: &quot;%2&quot;.</source>
        <translation>le champ «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>(without id)</source>
        <translation>(sans id)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, beyond %3…%4.</source>
        <translation>le champ «&#xa0;%1&#xa0;» vaut %2, hors de %3…%4.</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2, beyond what a score can be; read as %3.</source>
        <translation>le champ «&#xa0;%1&#xa0;» vaut %2, au-delà de ce qu&apos;un score peut valoir&#xa0;; lu comme %3.</translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryFetcher</name>
    <message>
        <source>%1 (file %2)</source>
        <translation>%1 (fichier %2)</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n file(s) more than once: %1. One of each was kept; a file the server lists twice may be a problem of its database.</source>
        <translation>
            <numerusform>Le serveur a listé %n fichier plus d&apos;une fois&#xa0;: %1. Un exemplaire de chacun a été gardé&#xa0;; un fichier listé deux fois peut signaler un problème de sa base de données.</numerusform>
            <numerusform>Le serveur a listé %n fichiers plus d&apos;une fois&#xa0;: %1. Un exemplaire de chacun a été gardé&#xa0;; un fichier listé deux fois peut signaler un problème de sa base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but the server returned none of their files. Nothing was stored: the previous snapshot stays the current one. The server may be starting up or rescanning, or its database may be damaged; check its web UI, then sync again.</source>
        <translation>%1, mais le serveur n&apos;a renvoyé aucun de leurs fichiers. Rien n&apos;a été enregistré&#xa0;: l&apos;instantané précédent reste l&apos;actuel. Le serveur est peut-être en train de démarrer ou de réanalyser sa bibliothèque, ou sa base de données est endommagée&#xa0;; vérifiez son interface web, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>%1, but the server returned only %2 of %3 files; missing: %4. They are stored as gone in this snapshot. If they still exist on the server, sync again.</source>
        <translation>%1, mais le serveur n&apos;a renvoyé que %2 fichiers sur %3&#xa0;; manquants&#xa0;: %4. Ils sont enregistrés comme disparus dans cet instantané. S&apos;ils existent encore sur le serveur, synchronisez de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryHealth</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 would reach their score cutoff with %3</source>
        <translation>%1&#xa0;: %2 – au seuil de score avec %3</translation>
    </message>
    <message>
        <source>%1: %2 would reach their score cutoff without %3</source>
        <translation>%1&#xa0;: %2 – au seuil de score sans %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 below the cutoff quality</source>
        <translation>%1&#xa0;: %2 de %3 – sous la qualité seuil</translation>
    </message>
    <message>
        <source>%1 (+%2 points)</source>
        <translation>%1 (+%2 points)</translation>
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
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LogOutput</name>
    <message>
        <source>Cannot write the log file %1: %2.</source>
        <translation>Impossible d&apos;écrire le fichier journal %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::LookupPrinter</name>
    <message>
        <source>%1 vs the file&apos;s %2 (%3)</source>
        <translation>%1 contre %2 pour le fichier (%3)</translation>
    </message>
    <message>
        <source>%1 vs the file&apos;s %2</source>
        <translation>%1 contre %2 pour le fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; from %2: %3</source>
        <translation>«&#xa0;%1&#xa0;» de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>indexer %1</source>
        <translation>indexeur %1</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>épisode %1</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot;</source>
        <translation>%1 sur «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2 on &quot;%3&quot;)</source>
        <translation>%1 (%2 sur «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>, file %1 scoring %2</source>
        <translation>, fichier %1 avec un score de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln releases): </source>
        <translation>
            <numerusform>%1 (%Ln release)&#xa0;: </numerusform>
            <numerusform>%1 (%Ln releases)&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rejetée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 among %Ln releases</source>
        <translation>
            <numerusform>%1 parmi %Ln release</numerusform>
            <numerusform>%1 parmi %Ln releases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the hourly cap (release_lookups_per_hour) is reached; it may run from %2</source>
        <translation>%1&#xa0;: le plafond horaire (release_lookups_per_hour) est atteint&#xa0;; la consultation pourra s&apos;exécuter à partir de %2</translation>
    </message>
    <message>
        <source>%1: release lookups are switched off for this instance (release_lookups_per_hour: 0)</source>
        <translation>%1&#xa0;: les consultations de releases sont désactivées pour cette instance (release_lookups_per_hour: 0)</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1&#xa0;: %L2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items: %1.</source>
        <translation>
            <numerusform>%Ln élément&#xa0;: %1.</numerusform>
            <numerusform>%Ln éléments&#xa0;: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LookupRequest</name>
    <message>
        <source>movie %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>épisode %1</translation>
    </message>
    <message>
        <source>season %1 of series %2</source>
        <translation>saison %1 de la série %2</translation>
    </message>
</context>
<context>
    <name>arrscore::LookupStore</name>
    <message>
        <source>Cannot store a release lookup in the database %1.</source>
        <translation>Impossible d&apos;enregistrer une consultation de releases dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot count the release lookups in the database %1.</source>
        <translation>Impossible de compter les consultations de releases dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot record a release lookup in the database %1.</source>
        <translation>Impossible de consigner une consultation de releases dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read the release lookups from the database %1.</source>
        <translation>Impossible de lire les consultations de releases dans la base de données %1.</translation>
    </message>
</context>
<context>
    <name>arrscore::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <source>Fetch every file&apos;s score from each instance (F5)</source>
        <translation>Récupérer le score de chaque fichier depuis chaque instance (F5)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the current view or everything as CSV, JSON or an HTML report (Ctrl+E)</source>
        <translation>Enregistrer la vue actuelle ou tout en CSV, JSON ou rapport HTML (Ctrl+E)</translation>
    </message>
    <message>
        <source>Search for &amp;Upgrades…</source>
        <translation>Rechercher des &amp;mises à niveau…</translation>
    </message>
    <message>
        <source>Ask Radarr/Sonarr to search for better releases of the selected files (Ctrl+U)</source>
        <translation>Demander à Radarr/Sonarr de chercher de meilleures releases des fichiers sélectionnés (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>&amp;Ajouter une instance…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Effacer &amp;les filtres</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>Go to &amp;Table</source>
        <translation>Aller au &amp;tableau</translation>
    </message>
    <message>
        <source>Go to Si&amp;debar</source>
        <translation>Aller au &amp;panneau latéral</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>L&amp;ibrary</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Upgrade Candidates</source>
        <translation>Candidats à la &amp;mise à niveau</translation>
    </message>
    <message>
        <source>Custom Fo&amp;rmats</source>
        <translation>Formats perso&amp;nnalisés</translation>
    </message>
    <message>
        <source>Quality &amp;Profiles</source>
        <translation>Profils de &amp;qualité</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hangements</translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Tableau de bor&amp;d</translation>
    </message>
    <message>
        <source>More commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Check for &amp;Better Releases…</source>
        <translation>Vérifier s&apos;il y a de meilleures &amp;releases…</translation>
    </message>
    <message>
        <source>Ask the servers which releases their indexers offer now for the selected files, and whether one would be an upgrade (Ctrl+Shift+U)</source>
        <translation>Demander aux serveurs quelles releases leurs indexeurs proposent maintenant pour les fichiers sélectionnés, et si l&apos;une serait une mise à niveau (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>&amp;Searches</source>
        <translation>&amp;Recherches</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>C&amp;omparer</translation>
    </message>
</context>
<context>
    <name>arrscore::MainWindow</name>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Some searches could not be started</source>
        <translation>Certaines recherches n&apos;ont pas pu être lancées</translation>
    </message>
    <message>
        <source>Demo library</source>
        <translation>Bibliothèque de démonstration</translation>
    </message>
    <message>
        <source>The demo servers could not start: %1</source>
        <translation>Les serveurs de démonstration n&apos;ont pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arr Score Exporter — demo library</source>
        <translation>Arr Score Exporter — bibliothèque de démonstration</translation>
    </message>
    <message>
        <source>Select the files to search upgrades for first (in Library or Upgrade candidates).</source>
        <translation>Sélectionnez d&apos;abord les fichiers dont chercher une mise à niveau (dans Bibliothèque ou Candidats à la mise à niveau).</translation>
    </message>
    <message numerus="yes">
        <source>Storing %Ln files of %1…</source>
        <translation>
            <numerusform>Enregistrement de %Ln fichier de %1…</numerusform>
            <numerusform>Enregistrement de %Ln fichiers de %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Sync cancelled; the previous snapshots remain.</source>
        <translation>Synchronisation annulée&#xa0;; les instantanés précédents restent.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances.</source>
        <translation>
            <numerusform>%1 instance synchronisée sur %Ln.</numerusform>
            <numerusform>%1 instances synchronisées sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some instances could not be synced; what was stored before is kept.</source>
        <translation>Certaines instances n&apos;ont pas pu être synchronisées&#xa0;; ce qui était enregistré avant est conservé.</translation>
    </message>
    <message>
        <source>The database could not be read</source>
        <translation>La base de données n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>No Radarr or Sonarr is configured yet.</source>
        <translation>Aucun Radarr ou Sonarr n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Nothing synced yet. Press F5 to sync.</source>
        <translation>Rien n&apos;est encore synchronisé. Appuyez sur F5 pour synchroniser.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln files</source>
        <translation>
            <numerusform>%1 sur %Ln fichier</numerusform>
            <numerusform>%1 sur %Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgrade candidates</source>
        <translation>
            <numerusform>%Ln candidat à la mise à niveau</numerusform>
            <numerusform>%Ln candidats à la mise à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Nothing to export yet: sync first (F5).</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: synchronisez d&apos;abord (F5).</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Rien à exporter pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sync first (F5), or explore the demo library.</source>
        <translation>Synchronisez d&apos;abord (F5), ou explorez la bibliothèque de démonstration.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Some release lookups did not work</source>
        <translation>Certaines consultations de releases n&apos;ont pas abouti</translation>
    </message>
    <message>
        <source>The releases are older than the server keeps them: looking the item up again first (10–120 s)…</source>
        <translation>Les releases sont plus anciennes que ce que le serveur conserve&#xa0;: nouvelle consultation de l&apos;élément d&apos;abord (10 à 120 s)…</translation>
    </message>
    <message>
        <source>The release was not grabbed</source>
        <translation>La release n&apos;a pas été récupérée</translation>
    </message>
    <message>
        <source>Cancelling the release lookups…</source>
        <translation>Annulation des consultations de releases…</translation>
    </message>
    <message>
        <source>A grab is still being sent; wait for it to finish.</source>
        <translation>Une récupération est encore en cours d&apos;envoi&#xa0;; attendez qu&apos;elle se termine.</translation>
    </message>
    <message>
        <source>Ask the servers which releases their indexers offer now for the selected files, and whether one would be an upgrade (Ctrl+Shift+U)</source>
        <translation>Demander aux serveurs quelles releases leurs indexeurs proposent maintenant pour les fichiers sélectionnés, et si l&apos;une serait une mise à niveau (Ctrl+Maj+U)</translation>
    </message>
    <message>
        <source>Release lookups are running</source>
        <translation>Des consultations de releases sont en cours</translation>
    </message>
    <message>
        <source>Not now: %1</source>
        <translation>Pas maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The release checks and searches could not be read</source>
        <translation>Les vérifications de releases et les recherches n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Some notifications were not delivered; the sync is stored all the same</source>
        <translation>Certaines notifications n&apos;ont pas été remises&#xa0;; la synchronisation est enregistrée quand même</translation>
    </message>
    <message>
        <source>A sync from elsewhere landed; the library was reloaded.</source>
        <translation>Une synchronisation faite ailleurs est arrivée&#xa0;; la bibliothèque a été rechargée.</translation>
    </message>
    <message>
        <source>The instances could not be compared</source>
        <translation>Les instances n&apos;ont pas pu être comparées</translation>
    </message>
    <message>
        <source>The audit of the servers&apos; history could not be read</source>
        <translation>L&apos;audit de l&apos;historique des serveurs n&apos;a pas pu être lu</translation>
    </message>
    <message numerus="yes">
        <source>Retention pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>La conservation a supprimé %Ln ancien instantané.</numerusform>
            <numerusform>La conservation a supprimé %Ln anciens instantanés.</numerusform>
        </translation>
    </message>
    <message>
        <source>next sync %1</source>
        <translation>prochaine synchronisation %1</translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationDialog</name>
    <message>
        <source>R&amp;equire STARTTLS (smtp:// URLs; smtps:// is TLS from the start)</source>
        <translation>E&amp;xiger STARTTLS (URL smtp://&#xa0;; smtps:// est en TLS dès le départ)</translation>
    </message>
    <message>
        <source>When files &amp;changed</source>
        <translation>Quand des fichiers ont &amp;changé</translation>
    </message>
    <message>
        <source>When an instance f&amp;ailed</source>
        <translation>Quand une &amp;instance a échoué</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a notification</source>
        <translation>Ajouter une notification</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>…or from the en&amp;vironment variable:</source>
        <translation>…ou depuis la variable d&apos;en&amp;vironnement&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Automatic: higher when an instance failed.</source>
        <translation>Automatique&#xa0;: plus haute quand une instance a échoué.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité&#xa0;:</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>…or from the environment varia&amp;ble:</source>
        <translation>…ou depuis la varia&amp;ble d&apos;environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation>Serveur S&amp;MTP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Expéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>you@example.org, someone@example.org</source>
        <translation>vous@example.org, autre@example.org</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>Destin&amp;ataires&#xa0;:</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>vide&#xa0;: pas de connexion</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>Nom d&apos;utilisateu&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>A sync that changed fewer files (and where nothing failed) sends nothing.</source>
        <translation>Une synchronisation qui a modifié moins de fichiers (et où rien n&apos;a échoué) n&apos;envoie rien.</translation>
    </message>
    <message>
        <source>At &amp;least this many changed files:</source>
        <translation>Au moins ce nombre de &amp;fichiers modifiés&#xa0;:</translation>
    </message>
    <message>
        <source>URLs, tokens and passwords are kept in your system&apos;s keychain; a variable is read when a sync runs, by the app and the command line alike.</source>
        <translation>Les URL, jetons et mots de passe sont conservés dans le trousseau de votre système&#xa0;; une variable est lue au moment de la synchronisation, par l&apos;application comme par la ligne de commande.</translation>
    </message>
    <message>
        <source>Show what was typed</source>
        <translation>Afficher ce qui a été saisi</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored one</source>
        <translation>Laisser vide pour garder la valeur enregistrée</translation>
    </message>
    <message>
        <source>The name may use lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le nom peut contenir des lettres minuscules, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a notification named &quot;%1&quot;.</source>
        <translation>Il existe déjà une notification nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the URL</source>
        <translation>l&apos;URL</translation>
    </message>
    <message>
        <source>the application token</source>
        <translation>le jeton d&apos;application</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>le mot de passe</translation>
    </message>
    <message>
        <source>Enter %1, or the environment variable that holds it.</source>
        <translation>Saisissez %1, ou la variable d&apos;environnement qui en contient la valeur.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a server.</source>
        <translation>L&apos;URL doit commencer par http:// ou https:// et désigner un serveur.</translation>
    </message>
    <message>
        <source>Type every secret of this target here, or name an environment variable for each: a target keeps its secrets in one place.</source>
        <translation>Saisissez ici chaque secret de cette cible, ou nommez une variable d&apos;environnement pour chacun&#xa0;: une cible garde ses secrets au même endroit.</translation>
    </message>
    <message>
        <source>Enter the ntfy topic to publish to.</source>
        <translation>Saisissez le sujet ntfy où publier.</translation>
    </message>
    <message>
        <source>The SMTP server is a URL such as smtps://mail.example.org:465 or smtp://mail.example.org:587.</source>
        <translation>Le serveur SMTP est une URL comme smtps://mail.example.org:465 ou smtp://mail.example.org:587.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s address (From).</source>
        <translation>Saisissez l&apos;adresse de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Enter at least one recipient&apos;s address (To), separated by commas.</source>
        <translation>Saisissez l&apos;adresse d&apos;au moins un destinataire (plusieurs séparées par des virgules).</translation>
    </message>
    <message>
        <source>Choose when to send: when files changed, when an instance failed, or both.</source>
        <translation>Choisissez quand envoyer&#xa0;: quand des fichiers ont changé, quand une instance a échoué, ou les deux.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d&apos;un message de test…</translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationTest</name>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the test message was delivered after %n attempts.</source>
        <translation>
            <numerusform>%1&#xa0;: le message de test a été remis après %n tentative.</numerusform>
            <numerusform>%1&#xa0;: le message de test a été remis après %n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation>%1&#xa0;: le message de test a été remis.</translation>
    </message>
    <message>
        <source>%1: not sent (%2).</source>
        <translation>%1&#xa0;: non envoyé (%2).</translation>
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
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>arrscore::Notifier</name>
    <message>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>an instance failed, but this target is not notified of failures</source>
        <translation>une instance a échoué, mais cette cible n&apos;est pas notifiée des échecs</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>rien n&apos;a changé</translation>
    </message>
    <message>
        <source>this target is notified of failures only</source>
        <translation>cette cible n&apos;est notifiée que des échecs</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s), fewer than min_changes</source>
        <translation>
            <numerusform>%n changement, moins que min_changes</numerusform>
            <numerusform>%n changements, moins que min_changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::NotifyCommand</name>
    <message>
        <source>sync: send the summary to the configured notification targets.</source>
        <translation>sync&#xa0;: envoyer le résumé aux cibles de notification configurées.</translation>
    </message>
    <message>
        <source>sync: write the HTML report to PATH in the same run.</source>
        <translation>sync&#xa0;: écrire le rapport HTML dans CHEMIN pendant la même exécution.</translation>
    </message>
    <message>
        <source>notify: send a sample message.</source>
        <translation>notify&#xa0;: envoyer un message d&apos;exemple.</translation>
    </message>
    <message>
        <source>--notify: %1 configures no notification target. Add a &quot;notifications:&quot; list (see docs/NOTIFICATIONS.md).</source>
        <translation>--notify&#xa0;: %1 ne configure aucune cible de notification. Ajoutez une liste &quot;notifications:&quot; (voir docs/NOTIFICATIONS.md).</translation>
    </message>
    <message>
        <source>the configuration</source>
        <translation>la configuration</translation>
    </message>
    <message>
        <source>--report: %1 is not a file in an existing folder.</source>
        <translation>--report&#xa0;: %1 n&apos;est pas un fichier dans un dossier existant.</translation>
    </message>
    <message>
        <source>The report was not written; the snapshots are stored.</source>
        <translation>Le rapport n&apos;a pas été écrit&#xa0;; les instantanés sont enregistrés.</translation>
    </message>
    <message>
        <source>No notification was sent: the database cannot be read.</source>
        <translation>Aucune notification n&apos;a été envoyée&#xa0;: la base de données ne peut pas être lue.</translation>
    </message>
    <message>
        <source>%1: what changed cannot be read (%2); it is left out of the notification.</source>
        <translation>%1&#xa0;: ce qui a changé ne peut pas être lu (%2)&#xa0;; l&apos;instance est laissée hors de la notification.</translation>
    </message>
    <message>
        <source>Nothing changed and nothing failed: no notification sent.</source>
        <translation>Rien n&apos;a changé et rien n&apos;a échoué&#xa0;: aucune notification envoyée.</translation>
    </message>
    <message>
        <source>notify sends a sample message with --test: arrscore notify --test [NAME...]. After a sync, use arrscore sync --notify.</source>
        <translation>notify envoie un message d&apos;exemple avec --test&#xa0;: arrscore notify --test [NOM...]. Après une synchronisation, utilisez arrscore sync --notify.</translation>
    </message>
    <message>
        <source>No notification target named &quot;%1&quot;. Configured: %2.</source>
        <translation>Aucune cible de notification nommée «&#xa0;%1&#xa0;». Configurées&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No notification target is configured. Add a &quot;notifications:&quot; list (see docs/NOTIFICATIONS.md).</source>
        <translation>Aucune cible de notification n&apos;est configurée. Ajoutez une liste &quot;notifications:&quot; (voir docs/NOTIFICATIONS.md).</translation>
    </message>
    <message>
        <source>No notification was sent: %1</source>
        <translation>Aucune notification n&apos;a été envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Notification failed: %1</source>
        <translation>La notification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: sent</source>
        <translation>%1&#xa0;: envoyée</translation>
    </message>
    <message>
        <source>Notified %1.</source>
        <translation>Notification envoyée à %1.</translation>
    </message>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1&#xa0;: non envoyée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::ProblemReportDialog</name>
    <message>
        <source>Report a Problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>This is the text of a new issue. It names the versions in use and no instance name, address, key, path or host. Describe what happened, then copy it or open it in your browser; nothing is sent until you submit it there.</source>
        <translation>Voici le texte d&apos;un nouveau ticket. Il indique les versions utilisées, mais aucun nom d&apos;instance, adresse, clé, chemin ou hôte. Décrivez ce qui s&apos;est passé, puis copiez-le ou ouvrez-le dans votre navigateur&#xa0;; rien n&apos;est envoyé avant que vous ne le soumettiez là-bas.</translation>
    </message>
    <message>
        <source>Issue text</source>
        <translation>Texte du ticket</translation>
    </message>
    <message>
        <source>The report as it will be submitted; you can edit it.</source>
        <translation>Le rapport tel qu&apos;il sera soumis&#xa0;; vous pouvez le modifier.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the text to the clipboard</source>
        <translation>Copier le texte dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open a new issue with this text on %1</source>
        <translation>Ouvrir un nouveau ticket avec ce texte sur %1</translation>
    </message>
    <message>
        <source>### What happened</source>
        <translation>### Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>(What did you do, what did you expect, what happened?)</source>
        <translation>(Qu&apos;avez-vous fait, à quoi vous attendiez-vous, que s&apos;est-il passé&#xa0;?)</translation>
    </message>
    <message>
        <source>### Environment</source>
        <translation>### Environnement</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>%1 (commit %2)</source>
        <translation>%1 (commit %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1, platform %2</source>
        <translation>%1, plateforme %2</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>absente de cette version compilée</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>none synced yet</source>
        <translation>aucune synchronisée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %Ln files</source>
        <translation>
            <numerusform>%1 %2, %Ln fichier</numerusform>
            <numerusform>%1 %2, %Ln fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(version inconnue)</translation>
    </message>
</context>
<context>
    <name>arrscore::ProfileAnalysis</name>
    <message>
        <source>far below (more than one scale)</source>
        <translation>très en dessous (plus d&apos;une échelle)</translation>
    </message>
    <message>
        <source>below by ½–1 scale</source>
        <translation>en dessous de ½ à 1 échelle</translation>
    </message>
    <message>
        <source>just below (under ½ scale)</source>
        <translation>juste en dessous (moins d&apos;½ échelle)</translation>
    </message>
    <message>
        <source>just at or above (under ½ scale)</source>
        <translation>juste au niveau ou au-dessus (moins d&apos;½ échelle)</translation>
    </message>
    <message>
        <source>above by ½–1 scale</source>
        <translation>au-dessus de ½ à 1 échelle</translation>
    </message>
    <message>
        <source>far above (one scale or more)</source>
        <translation>très au-dessus (une échelle ou plus)</translation>
    </message>
</context>
<context>
    <name>arrscore::RadarrFetcher</name>
    <message>
        <source>/movie, then moviefile?movieFileIds= in batches of up to %1</source>
        <translation>/movie, puis moviefile?movieFileIds= par lots de %1 au plus</translation>
    </message>
    <message>
        <source>/movie, then one moviefile?movieId= per movie (Radarr &lt; 5.0.2)</source>
        <translation>/movie, puis un moviefile?movieId= par film (Radarr &lt; 5.0.2)</translation>
    </message>
    <message>
        <source>/movie, then one moviefile?movieId= per movie; scores computed from the profiles (Radarr &lt; 4.7.5 sends none)</source>
        <translation>/movie, puis un moviefile?movieId= par film&#xa0;; scores calculés à partir des profils (Radarr &lt; 4.7.5 n&apos;en envoie pas)</translation>
    </message>
    <message>
        <source>Files of movies removed during the sync were skipped: %1.</source>
        <translation>Les fichiers de films supprimés pendant la synchronisation ont été ignorés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>/movie lists %n movie(s) with a file</source>
        <translation>
            <numerusform>/movie liste %n film avec un fichier</numerusform>
            <numerusform>/movie liste %n films avec un fichier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecordedSearch</name>
    <message numerus="yes">
        <source>%n item(s) not searched: the hourly cap of %1 (searches_per_hour) is reached for &quot;%2&quot;; %3.</source>
        <translation>
            <numerusform>%n élément non recherché&#xa0;: le plafond horaire de %1 (searches_per_hour) est atteint pour «&#xa0;%2&#xa0;»&#xa0;; %3.</numerusform>
            <numerusform>%n éléments non recherchés&#xa0;: le plafond horaire de %1 (searches_per_hour) est atteint pour «&#xa0;%2&#xa0;»&#xa0;; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecyclarrImport</name>
    <message>
        <source>expected &quot;name: value&quot; lines</source>
        <translation>des lignes «&#xa0;nom: valeur&#xa0;» sont attendues</translation>
    </message>
    <message>
        <source>expected the sections radarr: and sonarr:</source>
        <translation>les sections radarr: et sonarr: sont attendues</translation>
    </message>
    <message>
        <source>%1: expected instance names, each with base_url and api_key</source>
        <translation>%1&#xa0;: des noms d&apos;instances sont attendus, chacun avec base_url et api_key</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected base_url and api_key lines</source>
        <translation>des lignes base_url et api_key sont attendues</translation>
    </message>
    <message>
        <source>base_url is missing</source>
        <translation>base_url manque</translation>
    </message>
    <message>
        <source>api_key is missing</source>
        <translation>api_key manque</translation>
    </message>
    <message>
        <source>base_url: %1</source>
        <translation>base_url&#xa0;: %1</translation>
    </message>
    <message>
        <source>api_key must not contain spaces or line breaks</source>
        <translation>api_key ne doit contenir ni espace ni saut de ligne</translation>
    </message>
    <message>
        <source>%1: expected a single value</source>
        <translation>%1&#xa0;: une seule valeur est attendue</translation>
    </message>
    <message>
        <source>%1: the secret &quot;%2&quot; is not defined: there is no secrets.yml in %3</source>
        <translation>%1&#xa0;: le secret «&#xa0;%2&#xa0;» n&apos;est pas défini&#xa0;: il n&apos;y a pas de secrets.yml dans %3</translation>
    </message>
    <message>
        <source>%1: the secret &quot;%2&quot; is not in %3</source>
        <translation>%1&#xa0;: le secret «&#xa0;%2&#xa0;» n&apos;est pas dans %3</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set</source>
        <translation>%1&#xa0;: la variable d&apos;environnement %2 n&apos;est pas définie</translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation>%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: unknown tag %2</source>
        <translation>%1&#xa0;: balise inconnue %2</translation>
    </message>
    <message>
        <source>already configured as &quot;%1&quot;</source>
        <translation>déjà configurée sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the same server as &quot;%1&quot; (%2)</source>
        <translation>le même serveur que «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>added as &quot;%1&quot;: &quot;%2&quot; is taken</source>
        <translation>ajoutée sous «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» est déjà pris</translation>
    </message>
    <message>
        <source>%1 does not exist. Recyclarr keeps recyclarr.yml in its configuration directory, e.g. %2.</source>
        <translation>%1 n&apos;existe pas. Recyclarr garde recyclarr.yml dans son répertoire de configuration, par ex. %2.</translation>
    </message>
    <message>
        <source>%1 holds no recyclarr.yml and no configs/*.yml.</source>
        <translation>%1 ne contient ni recyclarr.yml ni configs/*.yml.</translation>
    </message>
</context>
<context>
    <name>arrscore::RecyclarrImportDialog</name>
    <message>
        <source>&amp;Test all</source>
        <translation>&amp;Tout tester</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Import from Recyclarr</source>
        <translation>Importer depuis Recyclarr</translation>
    </message>
    <message>
        <source>Recyclarr configuration file</source>
        <translation>Fichier de configuration de Recyclarr</translation>
    </message>
    <message>
        <source>recyclarr.yml, or the directory that holds it</source>
        <translation>recyclarr.yml, ou le répertoire qui le contient</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose Recyclarr&apos;s recyclarr.yml</source>
        <translation>Choisir le recyclarr.yml de Recyclarr</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Relire le fichier</translation>
    </message>
    <message>
        <source>Instances found</source>
        <translation>Instances trouvées</translation>
    </message>
    <message>
        <source>Checked instances are added; the others say why not</source>
        <translation>Les instances cochées sont ajoutées&#xa0;; les autres disent pourquoi pas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Test the connection to every checked instance</source>
        <translation>Tester la connexion à chaque instance cochée</translation>
    </message>
    <message>
        <source>Add the checked instances, their keys to the keychain</source>
        <translation>Ajouter les instances cochées, leurs clés dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose Recyclarr&apos;s recyclarr.yml.</source>
        <translation>Choisissez le recyclarr.yml de Recyclarr.</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration</source>
        <translation>Configuration de Recyclarr</translation>
    </message>
    <message>
        <source>Recyclarr configuration (*.yml *.yaml)</source>
        <translation>Configuration de Recyclarr (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>%1 in Recyclarr&apos;s %2</source>
        <translation>%1 dans %2 de Recyclarr</translation>
    </message>
    <message>
        <source>Ready to add</source>
        <translation>Prête à être ajoutée</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <source>✖ Cannot be added: %1</source>
        <translation>✖ Ne peut pas être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recyclarr&apos;s configuration names no Radarr or Sonarr instance.</source>
        <translation>La configuration de Recyclarr ne nomme aucune instance Radarr ou Sonarr.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n instances in %1.</source>
        <translation>
            <numerusform>%n instance trouvée dans %1.</numerusform>
            <numerusform>%n instances trouvées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>&amp;Ajouter %n</numerusform>
            <numerusform>&amp;Ajouter %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout en cours…</translation>
    </message>
    <message>
        <source>Added. %1 The keys are saved in %2 instead, readable only by your user account.</source>
        <translation>Ajoutées. %1 Les clés sont enregistrées à la place dans %2, que seul votre compte utilisateur peut lire.</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseChecker</name>
    <message>
        <source>Select upgrade candidates first: files at their cutoff have nothing better to look for.</source>
        <translation>Sélectionnez d&apos;abord des candidats à la mise à niveau&#xa0;: les fichiers qui atteignent leur seuil n&apos;ont rien de meilleur à chercher.</translation>
    </message>
    <message>
        <source>Release lookups are switched off for %1 (Settings › Instances › Release lookups per hour).</source>
        <translation>Les consultations de releases sont désactivées pour %1 (Paramètres › Instances › Consultations de releases par heure).</translation>
    </message>
    <message>
        <source>The selected files&apos; instances are no longer configured.</source>
        <translation>Les instances des fichiers sélectionnés ne sont plus configurées.</translation>
    </message>
    <message>
        <source>The selected files have no movie or episode to look up.</source>
        <translation>Les fichiers sélectionnés n&apos;ont ni film ni épisode à consulter.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lookups</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln consultation</numerusform>
            <numerusform>%1&#xa0;: %Ln consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>; hourly limit: %1</source>
        <translation>&#xa0;; limite horaire&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source> — %Ln will be deferred</source>
        <translation>
            <numerusform> — %Ln sera reportée</numerusform>
            <numerusform> — %Ln seront reportées</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for better releases</source>
        <translation>Vérifier s&apos;il y a de meilleures releases</translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers which releases their indexers offer now for %Ln upgrade candidates?</source>
        <translation>
            <numerusform>Demander aux serveurs quelles releases leurs indexeurs proposent maintenant pour %Ln candidat à la mise à niveau&#xa0;?</numerusform>
            <numerusform>Demander aux serveurs quelles releases leurs indexeurs proposent maintenant pour %Ln candidats à la mise à niveau&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>

Each lookup queries every indexer enabled on the server and takes 10–120 seconds; indexers that time out may be backed off, also for the server&apos;s own searches. The items&apos; last search time on the server changes. Lookups run one at a time per instance; those beyond the hourly limit are deferred and say when they may run. Nothing is downloaded.</source>
        <translation>

Chaque consultation interroge tous les indexeurs activés sur le serveur et prend 10 à 120 secondes&#xa0;; les indexeurs qui ne répondent pas à temps peuvent être suspendus temporairement, y compris pour les recherches du serveur lui-même. La date de dernière recherche des éléments change sur le serveur. Les consultations s&apos;exécutent une à la fois par instance&#xa0;; celles au-delà de la limite horaire sont reportées et indiquent quand elles pourront s&apos;exécuter. Rien n&apos;est téléchargé.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>Release check cancelled: %Ln items checked</source>
        <translation>
            <numerusform>Vérification des releases annulée&#xa0;: %Ln élément vérifié</numerusform>
            <numerusform>Vérification des releases annulée&#xa0;: %Ln éléments vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln items</source>
        <translation>
            <numerusform>%Ln élément vérifié</numerusform>
            <numerusform>%Ln éléments vérifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %Ln with a better release</source>
        <translation>
            <numerusform>&#xa0;: %Ln avec une meilleure release</numerusform>
            <numerusform>&#xa0;: %Ln avec une meilleure release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln en échec</numerusform>
            <numerusform>, %Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln deferred until %1</source>
        <translation>
            <numerusform>, %Ln reporté jusqu&apos;à %1</numerusform>
            <numerusform>, %Ln reportés jusqu&apos;à %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseGrab</name>
    <message>
        <source>%1 has no better release to grab (its latest check says: %2). Check it for better releases first.</source>
        <translation>%1 n&apos;a pas de meilleure release à récupérer (sa dernière vérification indique&#xa0;: %2). Vérifiez d&apos;abord s&apos;il y a de meilleures releases.</translation>
    </message>
    <message>
        <source>The latest check of %1 has no pick to grab.</source>
        <translation>La dernière vérification de %1 n&apos;a retenu aucune release à récupérer.</translation>
    </message>
    <message>
        <source>The latest lookup of %1 has no release with the guid %2.</source>
        <translation>La dernière consultation de %1 ne contient aucune release avec le guid %2.</translation>
    </message>
    <message>
        <source>%1 cannot be looked up again: its ids are not known.</source>
        <translation>%1 ne peut pas être consulté à nouveau&#xa0;: ses ids sont inconnus.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server no longer held the release; looked up again.</source>
        <translation>Le serveur ne conservait plus la release&#xa0;; nouvelle consultation effectuée.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Asked %1 to grab &quot;%2&quot; for %3.</source>
        <translation>%1 a été chargé de récupérer «&#xa0;%2&#xa0;» pour %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer offered for %2 (looked up again); nothing was grabbed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est plus proposée pour %2 (nouvelle consultation)&#xa0;; rien n&apos;a été récupéré.</translation>
    </message>
    <message>
        <source>The lookup of %1 is older than 30 minutes and must be repeated, but the hourly cap of release lookups is reached; it may run from %2. Nothing was grabbed.</source>
        <translation>La consultation de %1 date de plus de 30 minutes et doit être refaite, mais le plafond horaire des consultations de releases est atteint&#xa0;; elle pourra s&apos;exécuter à partir de %2. Rien n&apos;a été récupéré.</translation>
    </message>
    <message>
        <source>Could not grab for %1: %2</source>
        <translation>Impossible de récupérer pour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseGrabber</name>
    <message>
        <source>%1 &quot;%2&quot; will be sent POST /api/v3/release with guid %3 and indexer id %4, and downloads the release; once imported it replaces the file of %5.</source>
        <translation>%1 «&#xa0;%2&#xa0;» recevra POST /api/v3/release avec le guid %3 et l&apos;id d&apos;indexeur %4, et téléchargera la release&#xa0;; une fois importée, elle remplacera le fichier de %5.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1, %2 over the file</source>
        <translation>%1, %2 par rapport au fichier</translation>
    </message>
    <message>
        <source>From %1: %2, %3, score %4.</source>
        <translation>De %1&#xa0;: %2, %3, score %4.</translation>
    </message>
    <message>
        <source>The releases were looked up %1; the server keeps them only 30 minutes, so the item is looked up again first (one of the instance&apos;s hourly release lookups, 10–120 seconds). If the release is no longer offered, nothing is grabbed.</source>
        <translation>Les releases ont été consultées %1&#xa0;; le serveur ne les garde que 30 minutes, l&apos;élément est donc d&apos;abord consulté à nouveau (une des consultations de releases horaires de l&apos;instance, 10 à 120 secondes). Si la release n&apos;est plus proposée, rien n&apos;est récupéré.</translation>
    </message>
    <message>
        <source>%1: this instance is no longer configured, so nothing can be grabbed from it.</source>
        <translation>%1&#xa0;: cette instance n&apos;est plus configurée, on ne peut donc rien récupérer par elle.</translation>
    </message>
    <message>
        <source>Grab release</source>
        <translation>Récupérer la release</translation>
    </message>
    <message>
        <source>Grab “%1”?</source>
        <translation>Récupérer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Récupérer</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseList</name>
    <message>
        <source>&amp;Grab…</source>
        <translation>&amp;Récupérer…</translation>
    </message>
    <message>
        <source>Releases found</source>
        <translation>Releases trouvées</translation>
    </message>
    <message>
        <source>The releases of the latest check, the server&apos;s pick first</source>
        <translation>Les releases de la dernière vérification, le choix du serveur en premier</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Score (gain)</source>
        <translation>Score (gain)</translation>
    </message>
    <message>
        <source>Server says</source>
        <translation>Avis du serveur</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Formats personnalisés</translation>
    </message>
    <message>
        <source>Indexer</source>
        <translation>Indexeur</translation>
    </message>
    <message>
        <source>Grab the selected release</source>
        <translation>Récupérer la release sélectionnée</translation>
    </message>
    <message>
        <source>Asks the server to download the selected release, after a confirmation</source>
        <translation>Demande au serveur de télécharger la release sélectionnée, après confirmation</translation>
    </message>
    <message>
        <source>Not checked for better releases yet: File › Check for Better Releases (Ctrl+Shift+U).</source>
        <translation>Pas encore vérifié&#xa0;: Fichier › Vérifier s&apos;il y a de meilleures releases (Ctrl+Maj+U).</translation>
    </message>
    <message>
        <source>Deferred: the hourly limit of release lookups was reached; it may run at %1.</source>
        <translation>Reportée&#xa0;: la limite horaire des consultations de releases était atteinte&#xa0;; la consultation pourra s&apos;exécuter à partir de %1.</translation>
    </message>
    <message>
        <source>Checked %1 (%2)</source>
        <translation>Vérifié le %1 (%2)</translation>
    </message>
    <message>
        <source>the lookup failed: %1</source>
        <translation>la consultation a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
    <message>
        <source>The releases could not be read: %1</source>
        <translation>Les releases n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Pick: %1</source>
        <translation>Choisie&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server would take this release as an upgrade</source>
        <translation>Le serveur accepterait cette release comme mise à niveau</translation>
    </message>
    <message>
        <source>Select a release to grab</source>
        <translation>Sélectionnez une release à récupérer</translation>
    </message>
    <message>
        <source>Ask the server to download this release (asks first)</source>
        <translation>Demander au serveur de télécharger cette release (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>The server rejects this release: %1</source>
        <translation>Le serveur rejette cette release&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseParser</name>
    <message>
        <source>&quot;protocol&quot; is neither a name nor a number</source>
        <translation>«&#xa0;protocol&#xa0;» n&apos;est ni un nom ni un nombre</translation>
    </message>
    <message>
        <source>&quot;episodeNumbers&quot; is not a list of episode numbers</source>
        <translation>«&#xa0;episodeNumbers&#xa0;» n&apos;est pas une liste de numéros d&apos;épisodes</translation>
    </message>
    <message>
        <source>it has no guid and indexer id, which a grab needs</source>
        <translation>elle n&apos;a ni guid ni id d&apos;indexeur, nécessaires à une récupération</translation>
    </message>
    <message>
        <source>The answer to %1 is not valid JSON (%2 at byte %3); nothing of this lookup was kept.</source>
        <translation>La réponse à %1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3)&#xa0;; rien de cette consultation n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The answer to %1 is not a list of releases, as the Radarr/Sonarr API has it. Is this the right server and URL base?</source>
        <translation>La réponse à %1 n&apos;est pas une liste de releases, comme le prévoit l&apos;API de Radarr/Sonarr. Est-ce le bon serveur et la bonne base d&apos;URL&#xa0;?</translation>
    </message>
    <message>
        <source>%1: release %2 skipped: not an object.</source>
        <translation>%1&#xa0;: release %2 ignorée&#xa0;: ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>release %1</translation>
    </message>
    <message>
        <source>release %1 (&quot;%2&quot;)</source>
        <translation>release %1 («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>%1: %2 skipped: %3</source>
        <translation>%1&#xa0;: %2 ignorée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseVerdict</name>
    <message>
        <source>Better available</source>
        <translation>Meilleure disponible</translation>
    </message>
    <message>
        <source>Better, rejected</source>
        <translation>Meilleure, rejetée</translation>
    </message>
    <message>
        <source>Nothing better</source>
        <translation>Rien de meilleur</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Aucune release</translation>
    </message>
    <message>
        <source>Lookup failed</source>
        <translation>Échec de la consultation</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
</context>
<context>
    <name>arrscore::ReleasesCommand</name>
    <message>
        <source>releases takes no arguments; did you mean --instance %1?</source>
        <translation>releases ne prend pas d&apos;argument&#xa0;; vouliez-vous dire --instance %1&#xa0;?</translation>
    </message>
    <message>
        <source>releases needs one of --candidates or --item ID; see &quot;arrscore --help&quot;.</source>
        <translation>releases demande l&apos;un de --candidates ou --item ID&#xa0;; voir &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 items; looking up the top %L2 (--limit N for more).</source>
        <translation>Candidats à la mise à niveau&#xa0;: %L1 éléments&#xa0;; consultation des %L2 premiers (--limit N pour plus).</translation>
    </message>
    <message>
        <source>Each release lookup makes Radarr or Sonarr query every enabled indexer (10 s to minutes; at most %1 each) and updates the item&apos;s last search time there. Nothing is grabbed.</source>
        <translation>Chaque consultation de releases fait interroger par Radarr ou Sonarr tous les indexeurs activés (de 10 s à plusieurs minutes&#xa0;; au plus %1 chacune) et y met à jour la date de dernière recherche de l&apos;élément. Rien n&apos;est récupéré.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln lookups, one at a time; release_lookups_per_hour: %2.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln consultation&#xa0;; release_lookups_per_hour&#xa0;: %2.</numerusform>
            <numerusform>%1&#xa0;: %Ln consultations, une à la fois&#xa0;; release_lookups_per_hour&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in all: episodes of one season share a lookup.</source>
        <translation>
            <numerusform>%Ln élément au total&#xa0;: les épisodes d&apos;une même saison partagent une consultation.</numerusform>
            <numerusform>%Ln éléments au total&#xa0;: les épisodes d&apos;une même saison partagent une consultation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items have no movie or episode id to look up and were left out.</source>
        <translation>
            <numerusform>%Ln élément n&apos;a pas d&apos;id de film ou d&apos;épisode à consulter et a été écarté.</numerusform>
            <numerusform>%Ln éléments n&apos;ont pas d&apos;id de film ou d&apos;épisode à consulter et ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: release lookups are switched off (release_lookups_per_hour: 0 in its configuration).</source>
        <translation>%1&#xa0;: les consultations de releases sont désactivées (release_lookups_per_hour: 0 dans sa configuration).</translation>
    </message>
    <message>
        <source>%1: not in the configuration any more, so it cannot be asked.</source>
        <translation>%1&#xa0;: n&apos;est plus dans la configuration, on ne peut donc pas l&apos;interroger.</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>consultations</translation>
    </message>
    <message>
        <source>%1: looking up %2…</source>
        <translation>%1&#xa0;: consultation de %2…</translation>
    </message>
    <message>
        <source>To grab a pick: arrscore grab --instance %1 --item %2</source>
        <translation>Pour récupérer une release retenue&#xa0;: arrscore grab --instance %1 --item %2</translation>
    </message>
    <message>
        <source>Cancelled: the lookup in flight was stopped, and the items not looked up yet were left out.</source>
        <translation>Annulé&#xa0;: la consultation en cours a été arrêtée, et les éléments pas encore consultés ont été écartés.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; looking up all of them.</source>
        <translation>
            <numerusform>Candidats à la mise à niveau&#xa0;: %Ln élément&#xa0;; il est consulté.</numerusform>
            <numerusform>Candidats à la mise à niveau&#xa0;: %Ln éléments&#xa0;; tous sont consultés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReportJson</name>
    <message>
        <source>the data could not be written</source>
        <translation>les données n&apos;ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>arrscore::RequestErrors</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %Ln failed requests in a row to %1. The last error: %2</source>
        <translation>
            <numerusform>Arrêté après %Ln requête échouée vers %1. La dernière erreur&#xa0;: %2</numerusform>
            <numerusform>Arrêté après %Ln requêtes échouées d&apos;affilée vers %1. La dernière erreur&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The API key for %1 is sent over plain http, unencrypted: anyone who can watch the network between here and the server can read it and take over Radarr/Sonarr. Use an https address (e.g. through a reverse proxy) or a VPN or SSH tunnel.</source>
        <translation>La clé d&apos;API de %1 est envoyée en http simple, sans chiffrement&#xa0;: quiconque peut observer le réseau entre ici et le serveur peut la lire et prendre le contrôle de Radarr/Sonarr. Utilisez une adresse https (par ex. via un proxy inverse), un VPN ou un tunnel SSH.</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is the server running, and is the port in the URL right?</source>
        <translation>Connexion refusée par %1. Le serveur est-il démarré, et le port de l&apos;URL est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; was not found. Check the URL for a typo, or use the server&apos;s IP address.</source>
        <translation>Le nom d&apos;hôte «&#xa0;%1&#xa0;» est introuvable. Vérifiez que l&apos;URL ne contient pas de faute de frappe, ou utilisez l&apos;adresse IP du serveur.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. The server may be overloaded: raise timeout or lower max_concurrency in the configuration.</source>
        <translation>%1 n&apos;a pas répondu en %2 s. Le serveur est peut-être surchargé&#xa0;: augmentez timeout ou réduisez max_concurrency dans la configuration.</translation>
    </message>
    <message>
        <source>%1 closed the connection before the whole answer arrived.</source>
        <translation>%1 a fermé la connexion avant que toute la réponse soit arrivée.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted (%2).</source>
        <translation>Le certificat TLS de %1 n&apos;est pas approuvé (%2).</translation>
    </message>
    <message>
        <source>If it is your server&apos;s own self-signed certificate, pin it in the configuration: tls_fingerprint: &quot;%1&quot; (or install it as a trusted certificate).</source>
        <translation>S&apos;il s&apos;agit du certificat auto-signé de votre propre serveur, épinglez-le dans la configuration&#xa0;: tls_fingerprint: &quot;%1&quot; (ou installez-le comme certificat de confiance).</translation>
    </message>
    <message>
        <source>Could not reach %1: %2.</source>
        <translation>Impossible de joindre %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (HTTP %2). Copy the key from Settings › General › Security in Radarr/Sonarr.</source>
        <translation>La clé d&apos;API a été refusée par %1 (HTTP %2). Copiez la clé depuis Settings › General › Security dans Radarr/Sonarr.</translation>
    </message>
    <message>
        <source>%1 has no such API address (HTTP 404). Check the URL base, and that this is a Radarr or Sonarr server of the configured type.</source>
        <translation>%1 ne connaît pas cette adresse d&apos;API (HTTP 404). Vérifiez la base d&apos;URL, et qu&apos;il s&apos;agit bien d&apos;un serveur Radarr ou Sonarr du type configuré.</translation>
    </message>
    <message>
        <source>%1 kept asking us to slow down (HTTP 429). Set requests_per_second in the configuration.</source>
        <translation>%1 a demandé à plusieurs reprises de ralentir (HTTP 429). Réglez requests_per_second dans la configuration.</translation>
    </message>
    <message>
        <source>%1 is still starting up (HTTP 503). Try again in a minute.</source>
        <translation>%1 est encore en train de démarrer (HTTP 503). Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>%1 refused an over-long request (HTTP 414).</source>
        <translation>%1 a refusé une requête trop longue (HTTP 414).</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2</source>
        <translation>%1 a répondu HTTP %2</translation>
    </message>
    <message>
        <source>This is a problem on the server; its log (System › Logs) says more.</source>
        <translation>C&apos;est un problème du serveur&#xa0;; son journal (System › Logs) en dit plus.</translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of the API. The URL base is probably wrong: use the address you open Radarr/Sonarr at in a browser, e.g. http://host:7878 or http://host:7878/radarr.</source>
        <translation>%1 a répondu par une page web au lieu de l&apos;API. La base d&apos;URL est probablement fausse&#xa0;: utilisez l&apos;adresse à laquelle vous ouvrez Radarr/Sonarr dans un navigateur, par ex. http://host:7878 ou http://host:7878/radarr.</translation>
    </message>
    <message>
        <source>%1 answered with &quot;%2&quot; instead of JSON. Is this a Radarr or Sonarr server?</source>
        <translation>%1 a répondu «&#xa0;%2&#xa0;» au lieu de JSON. Est-ce un serveur Radarr ou Sonarr&#xa0;?</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived (%L2 of %L3 bytes).</source>
        <translation>La connexion à %1 s&apos;est fermée avant que toute la réponse soit arrivée (%L2 octets sur %L3).</translation>
    </message>
    <message>
        <source>The connection to %1 closed before the whole answer arrived.</source>
        <translation>La connexion à %1 s&apos;est fermée avant que toute la réponse soit arrivée.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 and asked to wait %3 before the next request (Retry-After), longer than arrscore waits (%4). Try again later.</source>
        <translation>%1 a répondu HTTP %2 et demandé d&apos;attendre %3 avant la prochaine requête (Retry-After), plus longtemps qu&apos;arrscore n&apos;attend (%4). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request may have reached the server, so it was not sent again.</source>
        <translation>La requête a peut-être atteint le serveur, elle n&apos;a donc pas été renvoyée.</translation>
    </message>
    <message numerus="yes">
        <source>It was still unavailable after %1 and %n attempt(s).</source>
        <translation>
            <numerusform>Le serveur était encore indisponible après %1 et %n tentative.</numerusform>
            <numerusform>Le serveur était encore indisponible après %1 et %n tentatives.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %1 and %n attempt(s), the longest one request may take with its retries.</source>
        <translation>
            <numerusform>Abandon après %1 et %n tentative&#xa0;: c&apos;est la durée maximale d&apos;une requête avec ses nouvelles tentatives.</numerusform>
            <numerusform>Abandon après %1 et %n tentatives&#xa0;: c&apos;est la durée maximale d&apos;une requête avec ses nouvelles tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 (timeout: %3 in the configuration). The server may be overloaded or the connection slow: raise timeout or lower max_concurrency.</source>
        <translation>%1 n&apos;a pas fini de répondre dans le délai de %2 (timeout&#xa0;: %3 dans la configuration). Le serveur est peut-être surchargé ou la connexion lente&#xa0;: augmentez timeout ou réduisez max_concurrency.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up on a request to %1 after %2 and %n attempt(s): that is the longest one request may take with its retries. The server is too slow or keeps failing; check its health (System › Status), or raise timeout.</source>
        <translation>
            <numerusform>Abandon d&apos;une requête à %1 après %2 et %n tentative&#xa0;: c&apos;est la durée maximale d&apos;une requête avec ses nouvelles tentatives. Le serveur est trop lent ou échoue sans cesse&#xa0;; vérifiez son état (System › Status), ou augmentez timeout.</numerusform>
            <numerusform>Abandon d&apos;une requête à %1 après %2 et %n tentatives&#xa0;: c&apos;est la durée maximale d&apos;une requête avec ses nouvelles tentatives. Le serveur est trop lent ou échoue sans cesse&#xa0;; vérifiez son état (System › Status), ou augmentez timeout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MiB (%3), more than any Radarr/Sonarr library needs, so it was not read. Check that the URL points at Radarr or Sonarr.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mio (%3), plus qu&apos;aucune bibliothèque Radarr/Sonarr n&apos;en demande, elle n&apos;a donc pas été lue. Vérifiez que l&apos;URL pointe vers Radarr ou Sonarr.</translation>
    </message>
    <message>
        <source>%1 MiB announced</source>
        <translation>%1 Mio annoncés</translation>
    </message>
    <message>
        <source>still arriving</source>
        <translation>encore en cours de réception</translation>
    </message>
    <message>
        <source>The answer from %1 arrived damaged (its gzip data is not valid).</source>
        <translation>La réponse de %1 est arrivée endommagée (ses données gzip ne sont pas valides).</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not match tls_fingerprint. Nothing was sent to it (not the API key either). If the server&apos;s certificate was renewed, pin the new one.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas celui qui est épinglé&#xa0;: son empreinte %2 ne correspond pas à tls_fingerprint. Rien ne lui a été envoyé (pas même la clé d&apos;API). Si le certificat du serveur a été renouvelé, épinglez le nouveau.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not the pinned one: its fingerprint %2 does not match tls_fingerprint.</source>
        <translation>Le certificat TLS de %1 n&apos;est pas celui qui est épinglé&#xa0;: son empreinte %2 ne correspond pas à tls_fingerprint.</translation>
    </message>
    <message>
        <source>its fingerprint %1 does not match the pinned tls_fingerprint</source>
        <translation>son empreinte %1 ne correspond pas au tls_fingerprint épinglé</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another scheme, host or port. The API key is sent only to the configured address, so the redirect was not followed. If %2 is really your server, set url: to that address in the configuration.</source>
        <translation>%1 a redirigé vers %2, un autre schéma, hôte ou port. La clé d&apos;API n&apos;est envoyée qu&apos;à l&apos;adresse configurée, la redirection n&apos;a donc pas été suivie. Si %2 est bien votre serveur, réglez url: sur cette adresse dans la configuration.</translation>
    </message>
    <message>
        <source>The server at %1 redirected to %2, which is not an API address. Check the URL and its URL base.</source>
        <translation>Le serveur à l&apos;adresse %1 a redirigé vers %2, qui n&apos;est pas une adresse de l&apos;API. Vérifiez l&apos;URL et sa base d&apos;URL.</translation>
    </message>
    <message>
        <source>The server redirected %1 to %2: the URL base is missing from the configured URL. Followed it; set the url to %2 to avoid the extra request.</source>
        <translation>Le serveur a redirigé %1 vers %2&#xa0;: la base d&apos;URL manque dans l&apos;URL configurée. La redirection a été suivie&#xa0;; réglez l&apos;URL sur %2 pour éviter la requête supplémentaire.</translation>
    </message>
</context>
<context>
    <name>arrscore::RetentionPolicy</name>
    <message numerus="yes">
        <source>every sync of the last %n days</source>
        <translation>
            <numerusform>chaque synchronisation du dernier jour</numerusform>
            <numerusform>chaque synchronisation des %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n days</source>
        <translation>
            <numerusform>un par jour pendant %n jour</numerusform>
            <numerusform>un par jour pendant %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n weeks</source>
        <translation>
            <numerusform>un par semaine pendant %n semaine</numerusform>
            <numerusform>un par semaine pendant %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n months</source>
        <translation>
            <numerusform>un par mois pendant %n mois</numerusform>
            <numerusform>un par mois pendant %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>every snapshot</source>
        <translation>tous les instantanés</translation>
    </message>
    <message>
        <source>always the latest</source>
        <translation>toujours le dernier</translation>
    </message>
</context>
<context>
    <name>arrscore::ScheduleCommand</name>
    <message>
        <source>How often: 30m, 6h, 1d.</source>
        <translation>À quelle fréquence&#xa0;: 30m, 6h, 1d.</translation>
    </message>
    <message>
        <source>Usage: arrscore schedule install --every 6h [--notify] [--report PATH] | schedule status | schedule remove</source>
        <translation>Usage&#xa0;: arrscore schedule install --every 6h [--notify] [--report CHEMIN] | schedule status | schedule remove</translation>
    </message>
    <message>
        <source>A scheduled sync needs a configuration file: it runs without this shell&apos;s environment. Create arrscore.yaml (see README.md) and pass --config FILE.</source>
        <translation>Une synchronisation planifiée demande un fichier de configuration&#xa0;: elle s&apos;exécute sans l&apos;environnement de ce shell. Créez arrscore.yaml (voir README.md) et passez --config FICHIER.</translation>
    </message>
    <message>
        <source>warning: the key of %1 comes from the environment variable %2, which a scheduled sync does not have. Put the key in the keychain (the app&apos;s Settings) or the file, or give the job that variable.</source>
        <translation>avertissement&#xa0;: la clé de %1 vient de la variable d&apos;environnement %2, dont une synchronisation planifiée ne dispose pas. Mettez la clé dans le trousseau (les Paramètres de l&apos;application) ou dans le fichier, ou donnez cette variable à la tâche.</translation>
    </message>
    <message>
        <source>Windows has no timer arrscore can install by itself. To sync every %1, run this in a command prompt (Task Scheduler shows the task as %2):</source>
        <translation>Windows n&apos;a pas de minuteur qu&apos;arrscore puisse installer lui-même. Pour synchroniser toutes les %1, lancez ceci dans une invite de commandes (le Planificateur de tâches affiche la tâche sous le nom %2)&#xa0;:</translation>
    </message>
    <message>
        <source>To remove it: schtasks /Delete /TN %1 /F</source>
        <translation>Pour la supprimer&#xa0;: schtasks /Delete /TN %1 /F</translation>
    </message>
    <message>
        <source>To sync every %1, save this as ~/Library/LaunchAgents/org.arrscore.sync.plist and run &quot;launchctl load ~/Library/LaunchAgents/org.arrscore.sync.plist&quot; (unload and delete it to remove):</source>
        <translation>Pour synchroniser toutes les %1, enregistrez ceci sous ~/Library/LaunchAgents/org.arrscore.sync.plist et lancez &quot;launchctl load ~/Library/LaunchAgents/org.arrscore.sync.plist&quot; (déchargez-le et supprimez-le pour l&apos;enlever)&#xa0;:</translation>
    </message>
    <message>
        <source>Let cron run the sync every %1 instead: run &quot;crontab -e&quot; and add this line:</source>
        <translation>Laissez plutôt cron lancer la synchronisation toutes les %1&#xa0;: lancez &quot;crontab -e&quot; et ajoutez cette ligne&#xa0;:</translation>
    </message>
    <message>
        <source>cron mails what the sync prints to the job&apos;s owner, where mail is set up; add &quot;--log-file PATH&quot; after the program to keep a log instead.</source>
        <translation>cron envoie par courriel ce qu&apos;affiche la synchronisation au propriétaire de la tâche, là où le courriel est configuré&#xa0;; ajoutez &quot;--log-file CHEMIN&quot; après le programme pour garder plutôt un journal.</translation>
    </message>
    <message>
        <source>systemctl was not found, so there is no systemd here.</source>
        <translation>systemctl est introuvable, il n&apos;y a donc pas de systemd ici.</translation>
    </message>
    <message>
        <source>There is no systemd user instance to run a timer (&quot;systemctl --user is-system-running&quot; says: %1).</source>
        <translation>Il n&apos;y a pas d&apos;instance utilisateur de systemd pour exécuter un minuteur (&quot;systemctl --user is-system-running&quot; indique&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Cannot write the systemd units in %1: %2</source>
        <translation>Impossible d&apos;écrire les unités systemd dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The units are in %1, but systemd did not enable the timer: %2
Run &quot;systemctl --user enable --now %3&quot; to try again, or &quot;arrscore schedule remove&quot; to delete them.</source>
        <translation>Les unités sont dans %1, mais systemd n&apos;a pas activé le minuteur&#xa0;: %2
Lancez &quot;systemctl --user enable --now %3&quot; pour réessayer, ou &quot;arrscore schedule remove&quot; pour les supprimer.</translation>
    </message>
    <message>
        <source>Installed: arrscore syncs every %1 (systemd user timer %2, units in %3).</source>
        <translation>Installé&#xa0;: arrscore synchronise toutes les %1 (minuteur utilisateur systemd %2, unités dans %3).</translation>
    </message>
    <message>
        <source>The timer runs while you are logged in; to run it without a session too: &quot;loginctl enable-linger&quot;. Its output: &quot;journalctl --user -u %1.service&quot;.</source>
        <translation>Le minuteur s&apos;exécute tant que vous êtes connecté&#xa0;; pour qu&apos;il s&apos;exécute aussi sans session&#xa0;: &quot;loginctl enable-linger&quot;. Sa sortie&#xa0;: &quot;journalctl --user -u %1.service&quot;.</translation>
    </message>
    <message>
        <source>arrscore does not install schedules here; see &quot;arrscore schedule install&quot; for what to set up.</source>
        <translation>arrscore n&apos;installe pas de planification ici&#xa0;; voir &quot;arrscore schedule install&quot; pour ce qu&apos;il faut mettre en place.</translation>
    </message>
    <message>
        <source>No schedule is installed (there is no %1).</source>
        <translation>Aucune planification n&apos;est installée (%1 n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Without systemd a crontab line runs the sync: &quot;crontab -l&quot; lists it.</source>
        <translation>Sans systemd, une ligne crontab lance la synchronisation&#xa0;: &quot;crontab -l&quot; l&apos;affiche.</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>systemd cannot say when the timer runs: %1</source>
        <translation>systemd ne peut pas dire quand le minuteur s&apos;exécute&#xa0;: %1</translation>
    </message>
    <message>
        <source>systemctl was not found</source>
        <translation>systemctl est introuvable</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Timer: %1</source>
        <translation>Minuteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Prochaine exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>Dernière exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last result: %1</source>
        <translation>Dernier résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>arrscore does not install schedules here; remove the task or plist you created.</source>
        <translation>arrscore n&apos;installe pas de planification ici&#xa0;; supprimez la tâche ou le plist que vous avez créé.</translation>
    </message>
    <message>
        <source>No schedule is installed; nothing was removed.</source>
        <translation>Aucune planification n&apos;est installée&#xa0;; rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>A crontab line you added is removed with &quot;crontab -e&quot;.</source>
        <translation>Une ligne crontab que vous avez ajoutée se supprime avec &quot;crontab -e&quot;.</translation>
    </message>
    <message>
        <source>note: systemd did not disable the timer: %1</source>
        <translation>remarque&#xa0;: systemd n&apos;a pas désactivé le minuteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot delete %1; delete it by hand.</source>
        <translation>Impossible de supprimer %1&#xa0;; supprimez-le à la main.</translation>
    </message>
    <message>
        <source>Removed the scheduled sync (%1).</source>
        <translation>Synchronisation planifiée supprimée (%1).</translation>
    </message>
</context>
<context>
    <name>arrscore::ScheduleUnits</name>
    <message>
        <source>--every takes a number and a unit: 30m, 6h or 1d; got &quot;%1&quot;.</source>
        <translation>--every prend un nombre et une unité&#xa0;: 30m, 6h ou 1d&#xa0;; reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--every %1 is too often: at least every %2 minutes. Each sync reads every file of each library from the server, so more often only adds load on Radarr and Sonarr.</source>
        <translation>--every %1 est trop fréquent&#xa0;: au plus toutes les %2 minutes. Chaque synchronisation lit chaque fichier de chaque bibliothèque sur le serveur&#xa0;; plus souvent ne ferait qu&apos;ajouter de la charge à Radarr et Sonarr.</translation>
    </message>
    <message>
        <source>--every %1 is longer than 31 days; sync at least once a month.</source>
        <translation>--every %1 dépasse 31 jours&#xa0;; synchronisez au moins une fois par mois.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ScoreHistoryChart</name>
    <message>
        <source>Score history</source>
        <translation>Historique des scores</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3 (%4)</source>
        <translation>%1 · score %2 · %3 (%4)</translation>
    </message>
    <message>
        <source>no quality or release group known</source>
        <translation>aucune qualité ni groupe de release connu</translation>
    </message>
    <message>
        <source>No stored version of this file has a score (the server does not score it).</source>
        <translation>Aucune version enregistrée de ce fichier n&apos;a de score (le serveur ne le note pas).</translation>
    </message>
    <message>
        <source>Cutoff %1</source>
        <translation>Seuil %1</translation>
    </message>
    <message>
        <source>One sync so far: each sync that changes this file adds a point.</source>
        <translation>Une seule synchronisation pour l&apos;instant&#xa0;: chaque synchronisation qui modifie ce fichier ajoute un point.</translation>
    </message>
    <message>
        <source>The score has not changed since the first stored sync.</source>
        <translation>Le score n&apos;a pas changé depuis la première synchronisation enregistrée.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchCommand</name>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln épisode</numerusform>
            <numerusform>%Ln épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Search for the top upgrade candidates.</source>
        <translation>Rechercher les meilleurs candidats à la mise à niveau.</translation>
    </message>
    <message>
        <source>A file id, as in exports.</source>
        <translation>Un id de fichier, comme dans les exports.</translation>
    </message>
    <message>
        <source>Only say what would be searched for.</source>
        <translation>Dire seulement ce qui serait recherché.</translation>
    </message>
    <message>
        <source>search takes no arguments; did you mean --instance %1?</source>
        <translation>search ne prend pas d&apos;argument&#xa0;; vouliez-vous dire --instance %1&#xa0;?</translation>
    </message>
    <message>
        <source>search needs exactly one of --candidates, --item ID or --file FILE_ID; see &quot;arrscore --help&quot;.</source>
        <translation>search demande exactement un de --candidates, --item ID ou --file ID_FICHIER&#xa0;; voir &quot;arrscore --help&quot;.</translation>
    </message>
    <message>
        <source>Would ask %1 &quot;%2&quot; to search for %3 (%4): %5</source>
        <translation>Demanderait à %1 «&#xa0;%2&#xa0;» de rechercher %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>movie %1</source>
        <translation>film %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Essai à blanc&#xa0;: rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1: not in the configuration any more, so it cannot be asked to search.</source>
        <translation>%1&#xa0;: n&apos;est plus dans la configuration, on ne peut donc pas lui demander de rechercher.</translation>
    </message>
    <message>
        <source>episode %1</source>
        <translation>épisode %1</translation>
    </message>
    <message>
        <source>%1  (%2; file %3)</source>
        <translation>%1  (%2&#xa0;; fichier %3)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Search items within their cooldown too.</source>
        <translation>Rechercher aussi les éléments pendant leur délai de carence.</translation>
    </message>
    <message>
        <source>Upgrade candidates: %L1 items; searching for the top %L2 (--limit N for more).</source>
        <translation>Candidats à la mise à niveau&#xa0;: %L1 éléments&#xa0;; recherche des %L2 premiers (--limit N pour plus).</translation>
    </message>
    <message>
        <source>Nothing to search for now.</source>
        <translation>Rien à rechercher pour le moment.</translation>
    </message>
    <message>
        <source>Send these searches?</source>
        <translation>Envoyer ces recherches&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was sent: run it again with --yes to search, or in a terminal to be asked.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: relancez la commande avec --yes pour rechercher, ou dans un terminal pour qu&apos;on vous le demande.</translation>
    </message>
    <message>
        <source>Will ask %1 &quot;%2&quot; to search for %3 (%4): %5</source>
        <translation>Demandera à %1 «&#xa0;%2&#xa0;» de rechercher %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1: searched %2, again from %3</source>
        <translation>%1&#xa0;: recherché le %2, de nouveau à partir de %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Searched within their cooldown (search_cooldown_days), so skipped; --force searches them too:</source>
        <translation>Recherchés pendant leur délai de carence (search_cooldown_days), donc ignorés&#xa0;; --force les recherche aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Searched again within their cooldown because of --force:</source>
        <translation>Recherchés de nouveau pendant leur délai de carence à cause de --force&#xa0;:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are over the hourly cap (searches_per_hour; %1) and are not sent; --force does not change that.</source>
        <translation>
            <numerusform>%Ln élément dépasse le plafond horaire (searches_per_hour&#xa0;; %1) et n&apos;est pas envoyé&#xa0;; --force n&apos;y change rien.</numerusform>
            <numerusform>%Ln éléments dépassent le plafond horaire (searches_per_hour&#xa0;; %1) et ne sont pas envoyés&#xa0;; --force n&apos;y change rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Following the commands for up to %1 (Ctrl-C stops following; the searches go on).</source>
        <translation>Suivi des commandes pendant au plus %1 (Ctrl-C arrête le suivi&#xa0;; les recherches continuent).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Command %1 on &quot;%2&quot;: %3</source>
        <translation>Commande %1 sur «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Commands still running go on on the server: &quot;arrscore searches&quot; shows what became of them.</source>
        <translation>Les commandes encore en cours continuent sur le serveur&#xa0;: &quot;arrscore searches&quot; montre ce qu&apos;elles sont devenues.</translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; searching for all of them.</source>
        <translation>
            <numerusform>Candidats à la mise à niveau&#xa0;: %Ln élément&#xa0;; il est recherché.</numerusform>
            <numerusform>Candidats à la mise à niveau&#xa0;: %Ln éléments&#xa0;; tous sont recherchés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send these searches, %Ln of them for items in an upgrade loop?</source>
        <translation>
            <numerusform>Envoyer ces recherches, dont %Ln pour un élément dans une boucle de mise à niveau&#xa0;?</numerusform>
            <numerusform>Envoyer ces recherches, dont %Ln pour des éléments dans une boucle de mise à niveau&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>In an upgrade loop (arrscore audit --kind upgrade-loop): searching again may grab the same release again.</source>
        <translation>Dans une boucle de mise à niveau (arrscore audit --kind upgrade-loop)&#xa0;: une nouvelle recherche risque de récupérer à nouveau la même release.</translation>
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
        <translation>searches ne prend pas d&apos;argument&#xa0;; vouliez-vous dire --instance %1&#xa0;?</translation>
    </message>
    <message>
        <source>searches takes one --instance.</source>
        <translation>searches prend un seul --instance.</translation>
    </message>
    <message>
        <source>No search or grab was sent yet.</source>
        <translation>Aucune recherche ni récupération n&apos;a encore été envoyée.</translation>
    </message>
    <message>
        <source>No search or grab was sent to &quot;%1&quot; yet.</source>
        <translation>Aucune recherche ni récupération n&apos;a encore été envoyée à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>command %1</source>
        <translation>commande %1</translation>
    </message>
    <message>
        <source>no command</source>
        <translation>pas de commande</translation>
    </message>
    <message>
        <source>%1  %2  %3 (%4): %5</source>
        <translation>%1  %2  %3 (%4)&#xa0;: %5</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forcée)</translation>
    </message>
    <message>
        <source>release: %1</source>
        <translation>release&#xa0;: %1</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (--json lists all)</source>
        <translation>
            <numerusform>… et %Ln autre (--json les liste tous)</numerusform>
            <numerusform>… et %Ln autres (--json les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>Per instance:</source>
        <translation>Par instance&#xa0;:</translation>
    </message>
    <message>
        <source>Per profile:</source>
        <translation>Par profil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchOutcomes</name>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Mis à niveau</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message numerus="yes">
        <source>Searched %n item(s)</source>
        <translation>
            <numerusform>%n élément recherché</numerusform>
            <numerusform>%n éléments recherchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, upgraded %n</source>
        <translation>
            <numerusform>, %n mis à niveau</numerusform>
            <numerusform>, %n mis à niveau</numerusform>
        </translation>
    </message>
    <message>
        <source> (median gain %1)</source>
        <translation> (gain médian %1)</translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchPlanner</name>
    <message numerus="yes">
        <source>Skipped %n item(s) searched within their cooldown.</source>
        <translation>
            <numerusform>%n élément ignoré, recherché pendant son délai de carence.</numerusform>
            <numerusform>%n éléments ignorés, recherchés pendant leur délai de carence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced: %n item(s) searched again within their cooldown.</source>
        <translation>
            <numerusform>Forcé&#xa0;: %n élément recherché de nouveau pendant son délai de carence.</numerusform>
            <numerusform>Forcé&#xa0;: %n éléments recherchés de nouveau pendant leur délai de carence.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out: the hourly cap of searches is reached.</source>
        <translation>
            <numerusform>%n élément écarté&#xa0;: le plafond horaire des recherches est atteint.</numerusform>
            <numerusform>%n éléments écartés&#xa0;: le plafond horaire des recherches est atteint.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchRows</name>
    <message>
        <source>Search (movies)</source>
        <translation>Recherche (films)</translation>
    </message>
    <message>
        <source>Search (episodes)</source>
        <translation>Recherche (épisodes)</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Récupération</translation>
    </message>
    <message numerus="yes">
        <source>%n upgraded</source>
        <translation>
            <numerusform>%n mis à niveau</numerusform>
            <numerusform>%n mis à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>cooldown overridden</source>
        <translation>délai de carence outrepassé</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>Every instance</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
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
        <translation>Impossible de compter les recherches dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot read the searches from the database %1.</source>
        <translation>Impossible de lire les recherches dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot record a search in the database %1.</source>
        <translation>Impossible de consigner une recherche dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot record a search&apos;s state in the database %1.</source>
        <translation>Impossible de consigner l&apos;état d&apos;une recherche dans la base de données %1.</translation>
    </message>
</context>
<context>
    <name>arrscore::SearchesPage</name>
    <message>
        <source>Search success per instance and profile</source>
        <translation>Succès des recherches par instance et par profil</translation>
    </message>
    <message>
        <source>Items of the selected search</source>
        <translation>Éléments de la recherche sélectionnée</translation>
    </message>
    <message>
        <source>Each item searched, its score then and, once upgraded, now</source>
        <translation>Chaque élément recherché, son score d&apos;alors et, une fois mis à niveau, l&apos;actuel</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Every search and grab sent to Radarr/Sonarr, newest first, with the server&apos;s state and message. After each sync an item counts as &lt;i&gt;upgraded&lt;/i&gt; when it has a new file with a higher score or a better quality, &lt;i&gt;pending&lt;/i&gt; while its cooldown runs, else &lt;i&gt;unchanged&lt;/i&gt;. Select a search to see its items.</source>
        <translation>Chaque recherche et récupération envoyée à Radarr/Sonarr, les plus récentes en premier, avec l&apos;état et le message du serveur. Après chaque synchronisation, un élément compte comme &lt;i&gt;mis à niveau&lt;/i&gt; s&apos;il a un nouveau fichier avec un meilleur score ou une meilleure qualité, &lt;i&gt;en attente&lt;/i&gt; tant que son délai de carence court, sinon &lt;i&gt;inchangé&lt;/i&gt;. Sélectionnez une recherche pour voir ses éléments.</translation>
    </message>
    <message>
        <source>No search sent yet. Select files in Library or Upgrade candidates and use File › Search for Upgrades (Ctrl+U) or Grab in the detail pane; each search is remembered here.</source>
        <translation>Aucune recherche envoyée pour l&apos;instant. Sélectionnez des fichiers dans Bibliothèque ou Candidats à la mise à niveau et utilisez Fichier › Rechercher des mises à niveau (Ctrl+U) ou Récupérer dans le panneau de détails&#xa0;; chaque recherche est conservée ici.</translation>
    </message>
</context>
<context>
    <name>arrscore::SecretStore</name>
    <message>
        <source>The keychain holds no API key for &quot;%1&quot;. Enter it again in the app&apos;s Settings, or set api_key or api_key_env for this instance in the configuration.</source>
        <translation>Le trousseau ne contient pas de clé d&apos;API pour «&#xa0;%1&#xa0;». Saisissez-la de nouveau dans les paramètres de l&apos;application, ou définissez api_key ou api_key_env pour cette instance dans la configuration.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the API key of &quot;%2&quot; cannot be %3 there. Put it in the configuration file instead (api_key or api_key_env).</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1), la clé d&apos;API de «&#xa0;%2&#xa0;» ne peut donc pas y être %3. Mettez-la plutôt dans le fichier de configuration (api_key ou api_key_env).</translation>
    </message>
    <message>
        <source>read from</source>
        <translation>lue</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>The keychain refused access to the API key of &quot;%1&quot; (%2). Unlock the keychain and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès à la clé d&apos;API de «&#xa0;%1&#xa0;» (%2). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed for &quot;%1&quot;: %2. Unlock or start it, or put the key in the configuration file instead (api_key or api_key_env).</source>
        <translation>Le trousseau a échoué pour «&#xa0;%1&#xa0;»&#xa0;: %2. Déverrouillez-le ou démarrez-le, ou mettez plutôt la clé dans le fichier de configuration (api_key ou api_key_env).</translation>
    </message>
    <message>
        <source>The keychain did not answer for &quot;%1&quot; within 30 s.</source>
        <translation>Le trousseau n&apos;a pas répondu pour «&#xa0;%1&#xa0;» en 30 s.</translation>
    </message>
    <message>
        <source>The keychain holds no %1. Enter it again in the app&apos;s Settings › Notifications, or set it in the configuration file.</source>
        <translation>Le trousseau ne contient pas la valeur %1. Saisissez-la à nouveau dans Paramètres › Notifications de l&apos;application, ou définissez-la dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1), so the %2 cannot be %3 there. Put it in the configuration file instead (or name an environment variable with *_env).</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système (%1), la valeur %2 ne peut donc pas y être %3. Mettez-la plutôt dans le fichier de configuration (ou nommez une variable d&apos;environnement avec *_env).</translation>
    </message>
    <message>
        <source>The keychain refused access to the %1 (%2). Unlock the keychain and try again.</source>
        <translation>Le trousseau a refusé l&apos;accès à la valeur %1 (%2). Déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed for the %1: %2. Unlock or start it, or put the secret in the configuration file instead.</source>
        <translation>Le trousseau a échoué pour la valeur %1&#xa0;: %2. Déverrouillez-le ou démarrez-le, ou mettez plutôt le secret dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 of notification &quot;%2&quot;</source>
        <translation>%1 de la notification «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>The keychain did not answer for the %1 within 30 s.</source>
        <translation>Le trousseau n&apos;a pas répondu pour la valeur %1 en 30 s.</translation>
    </message>
    <message>
        <source>The keychain did not answer in time for the notification secrets.</source>
        <translation>Le trousseau n&apos;a pas répondu à temps pour les secrets des notifications.</translation>
    </message>
</context>
<context>
    <name>arrscore::ServerEvent</name>
    <message>
        <source>Grabbed</source>
        <translation>Récupéré</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Téléchargement échoué</translation>
    </message>
    <message>
        <source>Download ignored</source>
        <translation>Téléchargement ignoré</translation>
    </message>
    <message>
        <source>File deleted</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <source>File renamed</source>
        <translation>Fichier renommé</translation>
    </message>
</context>
<context>
    <name>arrscore::ServerHistoryStore</name>
    <message>
        <source>Cannot read the server history of %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;historique du serveur de %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>Cannot read the catalogue ids of %1 from the database %2.</source>
        <translation>Impossible de lire les ids de catalogue de %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>Cannot read snapshot %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;instantané %1 dans la base de données %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsAppearancePage</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsDatabasePage</name>
    <message>
        <source>&amp;Use this database</source>
        <translation>&amp;Utiliser cette base de données</translation>
    </message>
    <message>
        <source>/path/to/arrscore.db or postgresql://user@host/dbname</source>
        <translation>/chemin/vers/arrscore.db ou postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;New location:</source>
        <translation>&amp;Nouvel emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>Utilisée&#xa0;:</translation>
    </message>
    <message>
        <source>An SQLite file (created when it does not exist) or a PostgreSQL URL. It is opened before it is saved; an empty field means the default location, %1. A PostgreSQL password may also come from ARRSCORE_DB_PASSWORD or PGPASSWORD. The history already synced stays in the old database.</source>
        <translation>Un fichier SQLite (créé s&apos;il n&apos;existe pas) ou une URL PostgreSQL. Elle est ouverte avant d&apos;être enregistrée&#xa0;; un champ vide signifie l&apos;emplacement par défaut, %1. Un mot de passe PostgreSQL peut aussi venir de ARRSCORE_DB_PASSWORD ou PGPASSWORD. L&apos;historique déjà synchronisé reste dans l&apos;ancienne base de données.</translation>
    </message>
    <message>
        <source>ARRSCORE_DB is set in the environment and overrides this setting.</source>
        <translation>ARRSCORE_DB est défini dans l&apos;environnement et remplace ce réglage.</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>Bases de données SQLite (*.db *.sqlite *.sqlite3)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it, e.g. %2.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un fichier dedans, par ex. %2.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Pas changé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now using %1.</source>
        <translation>%1 est maintenant utilisée.</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Instances</source>
        <translation>&amp;Instances</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de données</translation>
    </message>
    <message>
        <source>A&amp;ppearance</source>
        <translation>A&amp;pparence</translation>
    </message>
    <message>
        <source>N&amp;otifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>Tray &amp;&amp; Sc&amp;hedule</source>
        <translation>Barre d&apos;état &amp;&amp; planifi&amp;cation</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsInstancesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Saved in %1, which the command line reads too. API keys are kept in your system&apos;s keychain.</source>
        <translation>Enregistré dans %1, que la ligne de commande lit aussi. Les clés d&apos;API sont conservées dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Synced with the others when checked</source>
        <translation>Synchronisée avec les autres quand elle est cochée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is synced again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau synchronisée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out of syncs.</source>
        <translation>«&#xa0;%1&#xa0;» est exclue des synchronisations.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>%1 The key of &quot;%2&quot; is saved in %3 instead, readable only by your user account.</source>
        <translation>%1 La clé de «&#xa0;%2&#xa0;» est enregistrée dans %3 à la place, lisible seulement par votre compte utilisateur.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from the configuration and its API key from the keychain? Its history stays in the database.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de la configuration et sa clé d&apos;API du trousseau&#xa0;? Son historique reste dans la base de données.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed, but its key stays in the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais sa clé reste dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>%1: no API key to test with. Edit the instance and enter it.</source>
        <translation>%1&#xa0;: pas de clé d&apos;API pour tester. Modifiez l&apos;instance et saisissez-la.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Import from Re&amp;cyclarr…</source>
        <translation>&amp;Importer depuis Recyclarr…</translation>
    </message>
    <message>
        <source>Add the Radarr and Sonarr instances Recyclarr&apos;s recyclarr.yml configures</source>
        <translation>Ajouter les instances Radarr et Sonarr que configure le recyclarr.yml de Recyclarr</translation>
    </message>
    <message numerus="yes">
        <source>%n instances added from Recyclarr.</source>
        <translation>
            <numerusform>%n instance ajoutée depuis Recyclarr.</numerusform>
            <numerusform>%n instances ajoutées depuis Recyclarr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsNotificationsPage</name>
    <message>
        <source>changes</source>
        <translation>changements</translation>
    </message>
    <message numerus="yes">
        <source>at least %n changed files</source>
        <translation>
            <numerusform>au moins %n fichier modifié</numerusform>
            <numerusform>au moins %n fichiers modifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>failures</source>
        <translation>échecs</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sends on</source>
        <translation>Envoi lors de</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Send after each &amp;sync (the app&apos;s and arrscore sync&apos;s)</source>
        <translation>Envoyer après chaque s&amp;ynchronisation (celles de l&apos;application et d&apos;arrscore sync)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Send a sample summary to the selected target</source>
        <translation>Envoyer un résumé d&apos;exemple à la cible sélectionnée</translation>
    </message>
    <message>
        <source>Every sync sends its summary to the enabled targets: the app&apos;s, and arrscore sync&apos;s without --notify (notify_after_sync: true).</source>
        <translation>Chaque synchronisation envoie son résumé aux cibles activées&#xa0;: celles de l&apos;application, et celles d&apos;arrscore sync sans --notify (notify_after_sync: true).</translation>
    </message>
    <message>
        <source>Saved in %1, which the command line reads too. URLs, tokens and passwords are kept in your system&apos;s keychain.</source>
        <translation>Enregistré dans %1, que la ligne de commande lit aussi. Les URL, jetons et mots de passe sont conservés dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Sent to when checked</source>
        <translation>Reçoit les envois si cochée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; added.</source>
        <translation>«&#xa0;%1&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>%1 The secrets of &quot;%2&quot; are saved in %3 instead, readable only by your user account.</source>
        <translation>%1 Les secrets de «&#xa0;%2&#xa0;» sont enregistrés à la place dans %3, que seul votre compte utilisateur peut lire.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Remove the notification &quot;%1&quot; from the configuration and its secrets from the keychain? Syncs no longer send to it.</source>
        <translation>Supprimer la notification «&#xa0;%1&#xa0;» de la configuration et ses secrets du trousseau&#xa0;? Les synchronisations ne lui enverront plus rien.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; removed, but its secrets stay in the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» supprimée, mais ses secrets restent dans le trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Envoi d&apos;un message de test à %1…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is sent to again.</source>
        <translation>«&#xa0;%1&#xa0;» reçoit à nouveau les envois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out.</source>
        <translation>«&#xa0;%1&#xa0;» est laissée de côté.</translation>
    </message>
    <message>
        <source>Every sync now sends its summary to the enabled targets.</source>
        <translation>Chaque synchronisation envoie désormais son résumé aux cibles activées.</translation>
    </message>
    <message>
        <source>Syncs send nothing unless asked to (arrscore sync --notify).</source>
        <translation>Les synchronisations n&apos;envoient rien sauf demande (arrscore sync --notify).</translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsTrayPage</name>
    <message>
        <source>Show an icon in the tr&amp;ay</source>
        <translation>&amp;Afficher une icône dans la barre d&apos;état système</translation>
    </message>
    <message>
        <source>Start &amp;minimised to the tray</source>
        <translation>Démarrer &amp;réduit dans la barre d&apos;état système</translation>
    </message>
    <message>
        <source>The icon&apos;s menu shows the window, syncs and quits; closing the window then keeps the app running in the tray.</source>
        <translation>Le menu de l&apos;icône affiche la fenêtre, synchronise et quitte&#xa0;; fermer la fenêtre laisse alors l&apos;application tourner dans la barre d&apos;état système.</translation>
    </message>
    <message>
        <source>Sync every so many hours while the app runs</source>
        <translation>Synchroniser toutes les N heures tant que l&apos;application tourne</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>While the app runs (also hidden in the tray) it syncs every instance this often, counted from the last sync, yours or one from the command line. 0: only when you sync.</source>
        <translation>Tant que l&apos;application tourne (même cachée dans la barre d&apos;état système), elle synchronise chaque instance à cette fréquence, comptée depuis la dernière synchronisation, la vôtre ou une faite en ligne de commande. 0&#xa0;: seulement quand vous synchronisez.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the app cannot keep running without its window.</source>
        <translation>Ce bureau n&apos;a pas de barre d&apos;état système&#xa0;: l&apos;application ne peut pas continuer à tourner sans sa fenêtre.</translation>
    </message>
    <message>
        <source>To sync while the app is closed, let the system do it: arrscore schedule install --every 6h (see the user guide).</source>
        <translation>Pour synchroniser quand l&apos;application est fermée, laissez le système s&apos;en charger&#xa0;: arrscore schedule install --every 6h (voir le guide de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>S&amp;ync every:</source>
        <translation>&amp;Synchroniser toutes les&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> hours</source>
        <comment>sync every N hours</comment>
        <translation>
            <numerusform> heure</numerusform>
            <numerusform> heures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every menu command can also be reached with Alt and its underlined letter, and F10 opens the menus.</source>
        <translation>Chaque commande de menu est aussi accessible avec Alt et sa lettre soulignée, et F10 ouvre les menus.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Each menu with its commands and their keys.</source>
        <translation>Chaque menu avec ses commandes et leurs touches.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no shortcut</source>
        <translation>aucun raccourci</translation>
    </message>
</context>
<context>
    <name>arrscore::Sidebar</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Upgrade candidates</source>
        <translation>Candidats à la mise à niveau</translation>
    </message>
    <message>
        <source>Custom formats</source>
        <translation>Formats personnalisés</translation>
    </message>
    <message>
        <source>Quality profiles</source>
        <translation>Profils de qualité</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Views and instances</source>
        <translation>Vues et instances</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Show every instance</source>
        <translation>Afficher toutes les instances</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>last sync failed: %1</source>
        <translation>échec de la dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>dernière synchronisation %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisée</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotDiffer</name>
    <message>
        <source>Cannot compare the snapshots in the database %1.</source>
        <translation>Impossible de comparer les instantanés de la base de données %1.</translation>
    </message>
    <message>
        <source>Snapshot %1 is of %2 and snapshot %3 of %4: only snapshots of one instance can be compared.</source>
        <translation>L&apos;instantané %1 est de %2 et l&apos;instantané %3 de %4&#xa0;: seuls les instantanés d&apos;une même instance peuvent être comparés.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotPruner</name>
    <message>
        <source>Cannot delete old snapshots from the database %1. Nothing was deleted.</source>
        <translation>Impossible de supprimer les anciens instantanés de la base de données %1. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Say which snapshots to delete: keep the newest N, or those older than a date.</source>
        <translation>Indiquez quels instantanés supprimer&#xa0;: garder les N plus récents, ou ceux plus anciens qu&apos;une date.</translation>
    </message>
    <message>
        <source>At least the latest snapshot of each instance is kept: keep 1 or more.</source>
        <translation>Au moins le dernier instantané de chaque instance est gardé&#xa0;: gardez-en 1 ou plus.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotSaveQueue</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>arrscore::SnapshotStore</name>
    <message>
        <source>Cannot store the snapshot in the database %1.</source>
        <translation>Impossible d&apos;enregistrer l&apos;instantané dans la base de données %1.</translation>
    </message>
    <message>
        <source>Saving the snapshot was cancelled; nothing was stored.</source>
        <translation>L&apos;enregistrement de l&apos;instantané a été annulé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A snapshot without an instance name cannot be stored.</source>
        <translation>Un instantané sans nom d&apos;instance ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Cannot read the history of %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;historique de %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>Cannot read snapshot %1 from the database %2.</source>
        <translation>Impossible de lire l&apos;instantané %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in the database %2.</source>
        <translation>Il n&apos;y a pas d&apos;instantané %1 dans la base de données %2.</translation>
    </message>
    <message>
        <source>Cannot read the list of snapshots from the database %1.</source>
        <translation>Impossible de lire la liste des instantanés dans la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot read the instances from the database %1.</source>
        <translation>Impossible de lire les instances dans la base de données %1.</translation>
    </message>
    <message>
        <source>No snapshot of an instance named &quot;%1&quot; in %2. Synced instances: %3.</source>
        <translation>Aucun instantané d&apos;une instance nommée «&#xa0;%1&#xa0;» dans %2. Instances synchronisées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>arrscore::SonarrFetcher</name>
    <message>
        <source>/series, then episodefile and episode per series (Sonarr v3: no custom formats, scores unavailable)</source>
        <translation>/series, puis episodefile et episode par série (Sonarr v3&#xa0;: pas de formats personnalisés, pas de scores)</translation>
    </message>
    <message>
        <source>/series, then episodefile?seriesId= and episode?seriesId= per series</source>
        <translation>/series, puis episodefile?seriesId= et episode?seriesId= par série</translation>
    </message>
    <message numerus="yes">
        <source>The episodes of %n series name %1 episode files</source>
        <translation>
            <numerusform>Les épisodes de %n série indiquent %1 fichiers d&apos;épisode</numerusform>
            <numerusform>Les épisodes de %n séries indiquent %1 fichiers d&apos;épisode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SummaryText</name>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln de plus</numerusform>
            <numerusform>…et %Ln de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>See the report or `arrscore diff` for the other instances.</source>
        <translation>Voir le rapport ou `arrscore diff` pour les autres instances.</translation>
    </message>
    <message>
        <source>Biggest upgrades</source>
        <translation>Plus fortes mises à niveau</translation>
    </message>
    <message>
        <source>Open the HTML report</source>
        <translation>Ouvrir le rapport HTML</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Améliorés</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Dégradés</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacés</translation>
    </message>
    <message>
        <source>Re-scored</source>
        <translation>Renotés</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>New upgrade candidates</source>
        <translation>Nouveaux candidats à la mise à niveau</translation>
    </message>
    <message>
        <source>Candidates resolved</source>
        <translation>Candidats résolus</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln amélioré</numerusform>
            <numerusform>%Ln améliorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln dégradé</numerusform>
            <numerusform>%Ln dégradés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln remplacé</numerusform>
            <numerusform>%Ln remplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln renoté</numerusform>
            <numerusform>%Ln renotés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln ajouté</numerusform>
            <numerusform>%Ln ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln supprimé</numerusform>
            <numerusform>%Ln supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) failed</source>
        <translation>
            <numerusform>%n instance en échec</numerusform>
            <numerusform>%n instances en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Arr Score sync: %1</source>
        <translation>Synchronisation Arr Score&#xa0;: %1</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new upgrade candidate(s)</source>
        <translation>
            <numerusform>%Ln nouveau candidat à la mise à niveau</numerusform>
            <numerusform>%Ln nouveaux candidats à la mise à niveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) resolved</source>
        <translation>
            <numerusform>%Ln candidat résolu</numerusform>
            <numerusform>%Ln candidats résolus</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>first sync, %Ln file(s) stored</source>
        <translation>
            <numerusform>première synchronisation, %Ln fichier enregistré</numerusform>
            <numerusform>première synchronisation, %Ln fichiers enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) re-scored: %1</source>
        <translation>
            <numerusform>%Ln fichier renoté&#xa0;: %1</numerusform>
            <numerusform>%Ln fichiers renotés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is a test message from &quot;arrscore notify --test&quot;; the numbers are made up.</source>
        <translation>Ceci est un message de test de &quot;arrscore notify --test&quot;&#xa0;; les chiffres sont inventés.</translation>
    </message>
    <message>
        <source>Biggest upgrades:</source>
        <translation>Plus fortes mises à niveau&#xa0;:</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncCommand</name>
    <message>
        <source>strategy: %1</source>
        <translation>stratégie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: FAILED (%2) — %3</source>
        <translation>%1&#xa0;: ÉCHEC (%2) — %3</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>series</source>
        <translation>séries</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1&#xa0;: annulé</translation>
    </message>
    <message>
        <source>%1: failed (%2): %3</source>
        <translation>%1&#xa0;: échec (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>storing %Ln files…</source>
        <translation>
            <numerusform>enregistrement de %Ln fichier…</numerusform>
            <numerusform>enregistrement de %Ln fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files, snapshot %1</source>
        <translation>
            <numerusform>%Ln fichier, instantané %1</numerusform>
            <numerusform>%Ln fichiers, instantané %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in %3, %4, %5 — snapshot %6</source>
        <translation>%1&#xa0;: %2 en %3, %4, %5 — instantané %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln requête</numerusform>
            <numerusform>%Ln requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was stored: for every instance the previous snapshot remains the current one.</source>
        <translation>Annulé. Rien n&apos;a été enregistré&#xa0;: pour chaque instance, l&apos;instantané précédent reste l&apos;actuel.</translation>
    </message>
    <message>
        <source>Cancelled. Instances stored before the cancel: %1; for the others the previous snapshot remains the current one.</source>
        <translation>Annulé. Instances enregistrées avant l&apos;annulation&#xa0;: %1&#xa0;; pour les autres, l&apos;instantané précédent reste l&apos;actuel.</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances: %2 in %3, %4, %5.</source>
        <translation>
            <numerusform>%1 instance synchronisée sur %Ln&#xa0;: %2 en %3, %4, %5.</numerusform>
            <numerusform>%1 instances synchronisées sur %Ln&#xa0;: %2 en %3, %4, %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK — %2 %3 at %4, %L5 ms</source>
        <translation>%1&#xa0;: OK — %2 %3 à %4, %L5 ms</translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %Ln more warnings</source>
        <translation>
            <numerusform>%1&#xa0;: … et %Ln avertissement de plus</numerusform>
            <numerusform>%1&#xa0;: … et %Ln avertissements de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention (%1) pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>La conservation (%1) a supprimé %Ln ancien instantané.</numerusform>
            <numerusform>La conservation (%1) a supprimé %Ln anciens instantanés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncJob</name>
    <message>
        <source>The server is %1 %2, not Radarr or Sonarr.</source>
        <translation>Le serveur est %1 %2, pas Radarr ni Sonarr.</translation>
    </message>
    <message>
        <source>The server is %1 %2, but the instance is configured as %3. Set type: %4.</source>
        <translation>Le serveur est %1 %2, mais l&apos;instance est configurée comme %3. Indiquez type: %4.</translation>
    </message>
    <message>
        <source>%1 did not answer the test within %2.</source>
        <translation>%1 n&apos;a pas répondu au test dans le délai de %2.</translation>
    </message>
    <message>
        <source> (%1 of %2 done)</source>
        <translation> (%1 sur %2 effectués)</translation>
    </message>
    <message>
        <source>If the server is only slow, give this instance more time in the configuration: sync_timeout: %1 (seconds).</source>
        <translation>Si le serveur est seulement lent, donnez plus de temps à cette instance dans la configuration&#xa0;: sync_timeout: %1 (secondes).</translation>
    </message>
    <message>
        <source>%1 did not finish syncing within %2%3: it was stopped and nothing of it was stored. %4</source>
        <translation>%1 n&apos;a pas fini sa synchronisation dans le délai de %2%3&#xa0;: elle a été arrêtée et rien n&apos;en a été enregistré. %4</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncLock</name>
    <message>
        <source>A sync of %1 is running since %2 (pid %3 on host %4); try again later.</source>
        <translation>Une synchronisation de %1 est en cours depuis %2 (pid %3 sur l&apos;hôte %4)&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 that keeps two syncs of %2 apart: check that its folder is writable.</source>
        <translation>Impossible de créer le fichier de verrou %1 qui empêche deux synchronisations simultanées de %2&#xa0;: vérifiez que son dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot lock the sync of %1 in %2.</source>
        <translation>Impossible de verrouiller la synchronisation de %1 dans %2.</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncNotifications</name>
    <message numerus="yes">
        <source>Notification sent to %n targets.</source>
        <translation>
            <numerusform>Notification envoyée à %n cible.</numerusform>
            <numerusform>Notification envoyée à %n cibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln notifications could not be delivered.</source>
        <translation>
            <numerusform>%1 notification sur %Ln n&apos;a pas pu être remise.</numerusform>
            <numerusform>%1 notifications sur %Ln n&apos;ont pas pu être remises.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the sync changed could not be read, so no notification was sent</source>
        <translation>Ce que la synchronisation a changé n&apos;a pas pu être lu, aucune notification n&apos;a donc été envoyée</translation>
    </message>
    <message>
        <source>No notification was sent.</source>
        <translation>Aucune notification n&apos;a été envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…et %n de plus</numerusform>
            <numerusform>…et %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the sync; what was stored before stays (Esc)</source>
        <translation>Arrêter la synchronisation&#xa0;; ce qui était enregistré avant reste (Échap)</translation>
    </message>
    <message>
        <source>%1: connecting</source>
        <translation>%1&#xa0;: connexion</translation>
    </message>
    <message>
        <source>%1: storing</source>
        <translation>%1&#xa0;: enregistrement</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: terminé</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncSession</name>
    <message>
        <source>old snapshots were not deleted (retention: %1): %2</source>
        <translation>les anciens instantanés n&apos;ont pas été supprimés (conservation&#xa0;: %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>arrscore::SyncSummaryBuilder</name>
    <message>
        <source>profile HD Bluray + WEB: x265 (HD) 0→-10000</source>
        <translation>profil HD Bluray + WEB&#xa0;: x265 (HD) 0→-10000</translation>
    </message>
    <message>
        <source>Connection refused by 127.0.0.1:8989: is Sonarr running?</source>
        <translation>Connexion refusée par 127.0.0.1:8989&#xa0;: Sonarr est-il lancé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>arrscore::TablePage</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Fit columns to contents</source>
        <translation>Ajuster les colonnes au contenu</translation>
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
        <translation>Licence MIT</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>BSD 3-Clause License</source>
        <translation>Licence BSD à 3 clauses</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domaine public</translation>
    </message>
    <message>
        <source>libpq</source>
        <translation>libpq</translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation>Licence PostgreSQL</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
</context>
<context>
    <name>arrscore::TrayController</name>
    <message>
        <source>&amp;Show Window</source>
        <translation>&amp;Afficher la fenêtre</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Hide Window</source>
        <translation>&amp;Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Arr Score Exporter is still running</source>
        <translation>Arr Score Exporter tourne toujours</translation>
    </message>
    <message>
        <source>It keeps watch from the tray. Click the icon to open the window; quit from the icon&apos;s menu.</source>
        <translation>Il veille depuis la barre d&apos;état système. Cliquez sur l&apos;icône pour ouvrir la fenêtre&#xa0;; quittez depuis le menu de l&apos;icône.</translation>
    </message>
    <message>
        <source>Arr Score Exporter</source>
        <translation>Arr Score Exporter</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Prochaine synchronisation&#xa0;: %1</translation>
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
        <translation>Meilleure rejetée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing better</source>
        <translation>Rien de meilleur</translation>
    </message>
    <message>
        <source>No releases</source>
        <translation>Aucune release</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Deferred until %1</source>
        <translation>Reportée jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Score %1, %2 over the file</source>
        <translation>Score %1, %2 par rapport au fichier</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>The hourly limit of release lookups is reached; it may run at %1.</source>
        <translation>La limite horaire des consultations de releases est atteinte&#xa0;; la consultation pourra s&apos;exécuter à partir de %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n releases found</source>
        <translation>
            <numerusform>%n release trouvée</numerusform>
            <numerusform>%n releases trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearch</name>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln épisode</numerusform>
            <numerusform>%Ln épisodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>command %1</source>
        <comment>the ids of the commands, comma-separated</comment>
        <translation>
            <numerusform>commande %1</numerusform>
            <numerusform>commandes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 answered the %2 command with something that is not a command (no id). The search may have been queued; check System › Tasks in %3.</source>
        <translation>%1 a répondu à la commande %2 par autre chose qu&apos;une commande (sans id). La recherche a peut-être été mise en file&#xa0;; vérifiez System › Tasks dans %3.</translation>
    </message>
    <message>
        <source>%1 does not know the %2 command. Is it really a %3 server? Check the type of the instance &quot;%4&quot; in the configuration.</source>
        <translation>%1 ne connaît pas la commande %2. Est-ce vraiment un serveur %3&#xa0;? Vérifiez le type de l&apos;instance «&#xa0;%4&#xa0;» dans la configuration.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Asking %1 to search for %2…</source>
        <translation>Demande à %1 de rechercher %2…</translation>
    </message>
    <message>
        <source>Nothing to ask %1 to search for.</source>
        <translation>Rien à demander à %1 de rechercher.</translation>
    </message>
    <message>
        <source>Asked %1 to search for %2 (%3).</source>
        <translation>%1 a été chargé de rechercher %2 (%3).</translation>
    </message>
    <message>
        <source>Stopped asking %1 to search.</source>
        <translation>Plus aucune demande de recherche à %1.</translation>
    </message>
    <message>
        <source>Could not ask %1 to search for %2: %3</source>
        <translation>Impossible de demander à %1 de rechercher %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Already queued before that: %1 of %2 (%3).</source>
        <translation>Déjà en file avant cela&#xa0;: %1 sur %2 (%3).</translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearcher</name>
    <message>
        <source>%1: this instance is no longer configured, so it cannot be asked to search.</source>
        <translation>%1&#xa0;: cette instance n&apos;est plus configurée, on ne peut donc pas lui demander de rechercher.</translation>
    </message>
    <message numerus="yes">
        <source>Radarr &quot;%1&quot;: %Ln movies</source>
        <translation>
            <numerusform>Radarr «&#xa0;%1&#xa0;»&#xa0;: %Ln film</numerusform>
            <numerusform>Radarr «&#xa0;%1&#xa0;»&#xa0;: %Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sonarr &quot;%1&quot;: %Ln episodes</source>
        <translation>
            <numerusform>Sonarr «&#xa0;%1&#xa0;»&#xa0;: %Ln épisode</numerusform>
            <numerusform>Sonarr «&#xa0;%1&#xa0;»&#xa0;: %Ln épisodes</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected files have nothing to search for.</source>
        <translation>Les fichiers sélectionnés n&apos;ont rien à rechercher.</translation>
    </message>
    <message>
        <source>Search for upgrades</source>
        <translation>Rechercher des mises à niveau</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source> (hourly limit: %1)</source>
        <translation> (limite horaire&#xa0;: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Skipped: %Ln items searched within their cooldown</source>
        <translation>
            <numerusform>Ignoré&#xa0;: %Ln élément recherché pendant son délai de carence</numerusform>
            <numerusform>Ignorés&#xa0;: %Ln éléments recherchés pendant leur délai de carence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched again despite the cooldown: %Ln items</source>
        <translation>
            <numerusform>Recherché de nouveau malgré le délai de carence&#xa0;: %Ln élément</numerusform>
            <numerusform>Recherchés de nouveau malgré le délai de carence&#xa0;: %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %Ln items beyond the hourly limit</source>
        <translation>
            <numerusform>Non envoyé&#xa0;: %Ln élément au-delà de la limite horaire</numerusform>
            <numerusform>Non envoyés&#xa0;: %Ln éléments au-delà de la limite horaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of the %Ln selected files can be searched now.</source>
        <translation>
            <numerusform>Le %Ln fichier sélectionné ne peut pas être recherché maintenant.</numerusform>
            <numerusform>Aucun des %Ln fichiers sélectionnés ne peut être recherché maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers to search their indexers for better releases of %Ln items?</source>
        <translation>
            <numerusform>Demander aux serveurs de chercher dans leurs indexeurs de meilleures releases pour %Ln élément&#xa0;?</numerusform>
            <numerusform>Demander aux serveurs de chercher dans leurs indexeurs de meilleures releases pour %Ln éléments&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>

Each server queues the search and grabs what its quality profile prefers; this uses your indexers&apos; API limits. Every search is recorded in the Searches view.</source>
        <translation>

Chaque serveur met la recherche en file et récupère ce que son profil de qualité préfère&#xa0;; cela consomme les limites d&apos;API de vos indexeurs. Chaque recherche est consignée dans la vue «&#xa0;Recherches&#xa0;».</translation>
    </message>
    <message>
        <source>Search anyway (ignore cooldown)</source>
        <translation>Rechercher quand même (ignorer le délai de carence)</translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the Audit view).</source>
        <translation>
            <numerusform>…et %Ln de plus (voir la vue Audit).</numerusform>
            <numerusform>…et %Ln de plus (voir la vue Audit).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected items are in an upgrade loop: their server grabbed the same release again and again without a better file. Search anyway?</source>
        <translation>
            <numerusform>%Ln des éléments sélectionnés est dans une boucle de mise à niveau&#xa0;: son serveur a récupéré la même release encore et encore sans obtenir un meilleur fichier. Rechercher quand même&#xa0;?</numerusform>
            <numerusform>%Ln des éléments sélectionnés sont dans une boucle de mise à niveau&#xa0;: leur serveur a récupéré la même release encore et encore sans obtenir un meilleur fichier. Rechercher quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>

A search will most likely grab the same release once more. Usually a custom format matches the release&apos;s name but not the renamed file: the Audit view shows each grab and import with its score.</source>
        <translation>

Une recherche récupérera très probablement la même release une fois de plus. En général, un format personnalisé correspond au nom de la release mais pas au fichier renommé&#xa0;: la vue Audit montre chaque récupération et importation avec son score.</translation>
    </message>
    <message>
        <source>Search Anyway</source>
        <translation>Rechercher quand même</translation>
    </message>
</context>
<context>
    <name>arrscore::UserGuide</name>
    <message>
        <source>Arr Score Exporter User Guide</source>
        <translation>Guide de l&apos;utilisateur d&apos;Arr Score Exporter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>The previous page (Alt+Left)</source>
        <translation>La page précédente (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>La première page du guide</translation>
    </message>
</context>
<context>
    <name>arrscore::ViewExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>l&apos;export a été annulé</translation>
    </message>
    <message>
        <source>The report has no trend: %1</source>
        <translation>Le rapport n&apos;a pas de tendance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report has no audit: %1</source>
        <translation>Le rapport n&apos;a pas d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report has no trend and no audit: %1</source>
        <translation>Le rapport n&apos;a ni tendance ni audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>arrscore::ViewStack</name>
    <message>
        <source>Open in Radarr</source>
        <translation>Ouvrir dans Radarr</translation>
    </message>
    <message>
        <source>Open in Sonarr</source>
        <translation>Ouvrir dans Sonarr</translation>
    </message>
    <message>
        <source>Copy Title</source>
        <translation>Copier le titre</translation>
    </message>
    <message>
        <source>What each custom format adds to the files shown: its score in their profiles, summed. &lt;i&gt;Files it would lift to the cutoff&lt;/i&gt; counts files below the cutoff that this format&apos;s score alone would lift to it.</source>
        <translation>Ce que chaque format personnalisé ajoute aux fichiers affichés&#xa0;: son score dans leurs profils, additionné. &lt;i&gt;Fichiers qu&apos;il porterait au seuil&lt;/i&gt; compte les fichiers sous le seuil que le score de ce format suffirait à porter au seuil.</translation>
    </message>
    <message>
        <source>Each quality profile&apos;s cutoffs and how the files shown meet them.</source>
        <translation>Les seuils de chaque profil de qualité et comment les fichiers affichés les atteignent.</translation>
    </message>
    <message>
        <source>Files below their profile&apos;s cutoff score or quality, most worth upgrading first. Priority = 100 × (score gap ÷ the profile&apos;s scale, at most 2, + the quality gap ÷ the cutoff&apos;s rank). Select files to check which better releases the indexers offer now (Ctrl+Shift+U) or to search for an upgrade (Ctrl+U).</source>
        <translation>Fichiers sous le score seuil ou la qualité seuil de leur profil, les plus intéressants à mettre à niveau d&apos;abord. Priorité = 100 × (écart de score ÷ l&apos;échelle du profil, au plus 2, + l&apos;écart de qualité ÷ le rang du seuil). Sélectionnez des fichiers pour vérifier quelles meilleures releases les indexeurs proposent maintenant (Ctrl+Maj+U) ou pour rechercher une mise à niveau (Ctrl+U).</translation>
    </message>
</context>
<context>
    <name>arrscore::WelcomePage</name>
    <message>
        <source>Welcome to Arr Score Exporter</source>
        <translation>Bienvenue dans Arr Score Exporter</translation>
    </message>
    <message>
        <source>See the custom format score of every file in your Radarr and Sonarr libraries, sort and filter by it, and keep its history.</source>
        <translation>Voyez le score de format personnalisé de chaque fichier de vos bibliothèques Radarr et Sonarr, triez et filtrez selon ce score, et gardez son historique.</translation>
    </message>
    <message>
        <source>Explore the demo library</source>
        <translation>Explorer la bibliothèque de démonstration</translation>
    </message>
    <message>
        <source>Starts a simulated Radarr and Sonarr inside the app and syncs them. Nothing leaves this computer; the demo keeps its own database.</source>
        <translation>Démarre un Radarr et un Sonarr simulés dans l&apos;application et les synchronise. Rien ne quitte cet ordinateur&#xa0;; la démo a sa propre base de données.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect your own server&lt;/b&gt;</source>
        <translation>&lt;b&gt;Connecter votre propre serveur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add an instance…</source>
        <translation>Ajouter une instance…</translation>
    </message>
    <message>
        <source>Enter the address of your Radarr or Sonarr and its API key; Test shows what it finds. The key goes to your system&apos;s keychain.</source>
        <translation>Saisissez l&apos;adresse de votre Radarr ou Sonarr et sa clé d&apos;API&#xa0;; Tester montre ce qu&apos;il trouve. La clé va dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Or write them into &lt;code&gt;%1&lt;/code&gt; — the command line (&lt;code&gt;arrscore test&lt;/code&gt;, &lt;code&gt;arrscore sync&lt;/code&gt;) reads the same file, and instances added here are saved there:</source>
        <translation>Ou écrivez-les dans &lt;code&gt;%1&lt;/code&gt; — la ligne de commande (&lt;code&gt;arrscore test&lt;/code&gt;, &lt;code&gt;arrscore sync&lt;/code&gt;) lit le même fichier, et les instances ajoutées ici y sont enregistrées&#xa0;:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Custom format scores of your Radarr and Sonarr libraries.</source>
        <translation>Scores de formats personnalisés de vos bibliothèques Radarr et Sonarr.</translation>
    </message>
    <message>
        <source>The configuration file.</source>
        <translation>Le fichier de configuration.</translation>
    </message>
    <message>
        <source>Start with the demo library.</source>
        <translation>Démarrer avec la bibliothèque de démonstration.</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>Erreur de configuration</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Affiche les informations de version.</translation>
    </message>
</context>
</TS>
