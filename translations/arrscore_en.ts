<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>arrscore::AnalysisCommands</name>
    <message numerus="yes">
        <source>Upgrade candidates: %1 of %Ln files; %2 more are capped (their profile allows no upgrades).</source>
        <translation>
            <numerusform>Upgrade candidates: %1 of %Ln file; %2 more are capped (their profile allows no upgrades).</numerusform>
            <numerusform>Upgrade candidates: %1 of %Ln files; %2 more are capped (their profile allows no upgrades).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files have no score (Sonarr v3): they are judged on quality only.</source>
        <translation>
            <numerusform>%Ln file has no score (Sonarr v3): it is judged on quality only.</numerusform>
            <numerusform>%Ln files have no score (Sonarr v3): they are judged on quality only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files use a profile the snapshot does not know and were not judged.</source>
        <translation>
            <numerusform>%Ln file uses a profile the snapshot does not know and was not judged.</numerusform>
            <numerusform>%Ln files use a profile the snapshot does not know and were not judged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Library health: %1/100 (%2 of %3 checks passed over %Ln files)</source>
        <translation>
            <numerusform>Library health: %1/100 (%2 of %3 checks passed over %Ln file)</numerusform>
            <numerusform>Library health: %1/100 (%2 of %3 checks passed over %Ln files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln collections of mixed quality</source>
        <translation>
            <numerusform>%Ln collection of mixed quality</numerusform>
            <numerusform>%Ln collections of mixed quality</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files in 2160p without HDR</source>
        <translation>
            <numerusform>%Ln file in 2160p without HDR</numerusform>
            <numerusform>%Ln files in 2160p without HDR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trend (the last %Ln syncs per instance at most):</source>
        <translation>
            <numerusform>Trend (the last sync per instance at most):</numerusform>
            <numerusform>Trend (the last %Ln syncs per instance at most):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidates</source>
        <translation>
            <numerusform>%Ln candidate</numerusform>
            <numerusform>%Ln candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Seasons: %Ln of %L1 are inconsistent (mixed release groups or qualities, or an episode far below its siblings).</source>
        <translation>
            <numerusform>Seasons: %Ln of %L1 is inconsistent (mixed release groups or qualities, or an episode far below its siblings).</numerusform>
            <numerusform>Seasons: %Ln of %L1 are inconsistent (mixed release groups or qualities, or an episode far below its siblings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::AuditCommands</name>
    <message numerus="yes">
        <source>%Ln shared items</source>
        <translation>
            <numerusform>%Ln shared item</numerusform>
            <numerusform>%Ln shared items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in some</source>
        <translation>
            <numerusform>%Ln only in some</numerusform>
            <numerusform>%Ln only in some</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln profiles that drift</source>
        <translation>
            <numerusform>%Ln profile that drifts</numerusform>
            <numerusform>%Ln profiles that drift</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln findings (%1).</source>
        <translation>
            <numerusform>%Ln finding (%1).</numerusform>
            <numerusform>%Ln findings (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::AuditRules</name>
    <message numerus="yes">
        <source>%1 was grabbed %n times (%2), scored %3 when grabbed</source>
        <translation>
            <numerusform>%1 was grabbed %n time (%2), scored %3 when grabbed</numerusform>
            <numerusform>%1 was grabbed %n times (%2), scored %3 when grabbed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n releases were grabbed within %1 days: %2. The score went from %3 to %4: no net gain.</source>
        <translation>
            <numerusform>%n release was grabbed within %1 days: %2. The score went from %3 to %4: no net gain.</numerusform>
            <numerusform>%n releases were grabbed within %1 days: %2. The score went from %3 to %4: no net gain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n downloads failed within %1 days: %2. The server blocklists each failed release and tries the next; check the download client and the indexers these came from.</source>
        <translation>
            <numerusform>%n download failed within %1 days: %2. The server blocklists each failed release and tries the next; check the download client and the indexer it came from.</numerusform>
            <numerusform>%n downloads failed within %1 days: %2. The server blocklists each failed release and tries the next; check the download client and the indexers these came from.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::CandidateFinder</name>
    <message numerus="yes">
        <source>score %Ln points below the profile&apos;s cutoff</source>
        <translation>
            <numerusform>score %Ln point below the profile&apos;s cutoff</numerusform>
            <numerusform>score %Ln points below the profile&apos;s cutoff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>quality %Ln steps below the cutoff %1</source>
        <translation>
            <numerusform>quality %Ln step below the cutoff %1</numerusform>
            <numerusform>quality %Ln steps below the cutoff %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ComparePage</name>
    <message numerus="yes">
        <source>%Ln items in both</source>
        <translation>
            <numerusform>%Ln item in both</numerusform>
            <numerusform>%Ln items in both</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln only in one</source>
        <translation>
            <numerusform>%Ln only in one</numerusform>
            <numerusform>%Ln only in one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln formats scored differently</source>
        <translation>
            <numerusform>%Ln format scored differently</numerusform>
            <numerusform>%Ln formats scored differently</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::DashboardPage</name>
    <message numerus="yes">
        <source>Score %1: %Ln files</source>
        <translation>
            <numerusform>Score %1: %Ln file</numerusform>
            <numerusform>Score %1: %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scores %1 to %2: %Ln files</source>
        <translation>
            <numerusform>Scores %1 to %2: %Ln file</numerusform>
            <numerusform>Scores %1 to %2: %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 most common of %Ln qualities.</source>
        <translation>
            <numerusform>The %1 most common of %Ln quality.</numerusform>
            <numerusform>The %1 most common of %Ln qualities.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files</source>
        <translation>
            <numerusform>%1: %Ln file</numerusform>
            <numerusform>%1: %Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 points over %Ln files</source>
        <translation>
            <numerusform>%1: %2 points over %Ln file</numerusform>
            <numerusform>%1: %2 points over %Ln files</numerusform>
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
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 largest of %Ln profiles.</source>
        <translation>
            <numerusform>The %1 largest of %Ln profile.</numerusform>
            <numerusform>The %1 largest of %Ln profiles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %Ln files are upgrade candidates</source>
        <translation>
            <numerusform>%1: %2 of %Ln file is an upgrade candidate</numerusform>
            <numerusform>%1: %2 of %Ln files are upgrade candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files below a cutoff, but the profile does not allow upgrades</source>
        <translation>
            <numerusform>%1: %Ln file below a cutoff, but the profile does not allow upgrades</numerusform>
            <numerusform>%1: %Ln files below a cutoff, but the profile does not allow upgrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln files meet both cutoffs</source>
        <translation>
            <numerusform>%1: %Ln file meets both cutoffs</numerusform>
            <numerusform>%1: %Ln files meet both cutoffs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::DiffText</name>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln upgraded</numerusform>
            <numerusform>%Ln upgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln downgraded</numerusform>
            <numerusform>%Ln downgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln replaced</numerusform>
            <numerusform>%Ln replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln re-scored</numerusform>
            <numerusform>%Ln re-scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <translation>
            <numerusform>%Ln changed</numerusform>
            <numerusform>%Ln changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::EmailDelivery</name>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ExportCommand</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
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
    <name>arrscore::FileDetailPane</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%Ln points below the cutoff.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln point below the cutoff.&lt;/b&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%Ln points below the cutoff.&lt;/b&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::FileRowModel</name>
    <message numerus="yes">
        <source>%Ln points below the cutoff score %1</source>
        <translation>
            <numerusform>%Ln point below the cutoff score %1</numerusform>
            <numerusform>%Ln points below the cutoff score %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::HistoryCommands</name>
    <message numerus="yes">
        <source>%Ln items match &quot;%1&quot;; choose one with --item ID (and --instance NAME):</source>
        <translation>
            <numerusform>%Ln item matches &quot;%1&quot;; choose one with --item ID (and --instance NAME):</numerusform>
            <numerusform>%Ln items match &quot;%1&quot;; choose one with --item ID (and --instance NAME):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln snapshots</source>
        <translation>
            <numerusform>%Ln snapshot</numerusform>
            <numerusform>%Ln snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stored versions</source>
        <translation>
            <numerusform>%Ln stored version</numerusform>
            <numerusform>%Ln stored versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::HttpDelivery</name>
    <message numerus="yes">
        <source>%1 (after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (after %n attempt)</numerusform>
            <numerusform>%1 (after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; it asked to wait %n s, longer than arrscore waits</source>
        <translation>
            <numerusform>%1; it asked to wait %n s, longer than arrscore waits</numerusform>
            <numerusform>%1; it asked to wait %n s, longer than arrscore waits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::InstanceComparison</name>
    <message numerus="yes">
        <source>%1: %n file(s) without a catalogue id (tmdbId/tvdbId) were left out; sync the instance again to store them.</source>
        <translation>
            <numerusform>%1: %n file without a catalogue id (tmdbId/tvdbId) was left out; sync the instance again to store it.</numerusform>
            <numerusform>%1: %n files without a catalogue id (tmdbId/tvdbId) were left out; sync the instance again to store them.</numerusform>
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
    <name>arrscore::InstancesCommand</name>
    <message numerus="yes">
        <source>Found %n instances:</source>
        <translation>
            <numerusform>Found %n instance:</numerusform>
            <numerusform>Found %n instances:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--dry-run: %n instances would be added to %1.</source>
        <translation>
            <numerusform>--dry-run: %n instance would be added to %1.</numerusform>
            <numerusform>--dry-run: %n instances would be added to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n instances to %1?</source>
        <translation>
            <numerusform>Add %n instance to %1?</numerusform>
            <numerusform>Add %n instances to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instances not added.</source>
        <translation>
            <numerusform>%n instance not added.</numerusform>
            <numerusform>%n instances not added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryFetcher</name>
    <message numerus="yes">
        <source>The server listed %n file(s) more than once: %1. One of each was kept; a file the server lists twice may be a problem of its database.</source>
        <translation>
            <numerusform>The server listed %n file more than once: %1. One of each was kept; a file the server lists twice may be a problem of its database.</numerusform>
            <numerusform>The server listed %n files more than once: %1. One of each was kept; a file the server lists twice may be a problem of its database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LibraryHealth</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LocaleFormat</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::LookupPrinter</name>
    <message numerus="yes">
        <source>%1 (%Ln releases): </source>
        <translation>
            <numerusform>%1 (%Ln release): </numerusform>
            <numerusform>%1 (%Ln releases): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 among %Ln releases</source>
        <translation>
            <numerusform>%1 among %Ln release</numerusform>
            <numerusform>%1 among %Ln releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items: %1.</source>
        <translation>
            <numerusform>%Ln item: %1.</numerusform>
            <numerusform>%Ln items: %1.</numerusform>
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
    <message numerus="yes">
        <source>Retention pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>Retention pruned %Ln old snapshot.</numerusform>
            <numerusform>Retention pruned %Ln old snapshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::NotificationTest</name>
    <message numerus="yes">
        <source>%1: the test message was delivered after %n attempts.</source>
        <translation>
            <numerusform>%1: the test message was delivered after %n attempt.</numerusform>
            <numerusform>%1: the test message was delivered after %n attempts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::Notifier</name>
    <message numerus="yes">
        <source>%n change(s), fewer than min_changes</source>
        <translation>
            <numerusform>%n change, fewer than min_changes</numerusform>
            <numerusform>%n changes, fewer than min_changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ProblemReportDialog</name>
    <message numerus="yes">
        <source>%1 %2, %Ln files</source>
        <translation>
            <numerusform>%1 %2, %Ln file</numerusform>
            <numerusform>%1 %2, %Ln files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RadarrFetcher</name>
    <message numerus="yes">
        <source>/movie lists %n movie(s) with a file</source>
        <translation>
            <numerusform>/movie lists %n movie with a file</numerusform>
            <numerusform>/movie lists %n movies with a file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecordedSearch</name>
    <message numerus="yes">
        <source>%n item(s) not searched: the hourly cap of %1 (searches_per_hour) is reached for &quot;%2&quot;; %3.</source>
        <translation>
            <numerusform>%n item not searched: the hourly cap of %1 (searches_per_hour) is reached for &quot;%2&quot;; %3.</numerusform>
            <numerusform>%n items not searched: the hourly cap of %1 (searches_per_hour) is reached for &quot;%2&quot;; %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RecyclarrImportDialog</name>
    <message numerus="yes">
        <source>Found %n instances in %1.</source>
        <translation>
            <numerusform>Found %n instance in %1.</numerusform>
            <numerusform>Found %n instances in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n</source>
        <translation>
            <numerusform>&amp;Add %n</numerusform>
            <numerusform>&amp;Add %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseChecker</name>
    <message numerus="yes">
        <source>%1: %Ln lookups</source>
        <translation>
            <numerusform>%1: %Ln lookup</numerusform>
            <numerusform>%1: %Ln lookups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — %Ln will be deferred</source>
        <translation>
            <numerusform> — %Ln will be deferred</numerusform>
            <numerusform> — %Ln will be deferred</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers which releases their indexers offer now for %Ln upgrade candidates?</source>
        <translation>
            <numerusform>Ask the servers which releases their indexers offer now for %Ln upgrade candidate?</numerusform>
            <numerusform>Ask the servers which releases their indexers offer now for %Ln upgrade candidates?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release check cancelled: %Ln items checked</source>
        <translation>
            <numerusform>Release check cancelled: %Ln item checked</numerusform>
            <numerusform>Release check cancelled: %Ln items checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln items</source>
        <translation>
            <numerusform>Checked %Ln item</numerusform>
            <numerusform>Checked %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: %Ln with a better release</source>
        <translation>
            <numerusform>: %Ln with a better release</numerusform>
            <numerusform>: %Ln with a better release</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln failed</source>
        <translation>
            <numerusform>, %Ln failed</numerusform>
            <numerusform>, %Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln deferred until %1</source>
        <translation>
            <numerusform>, %Ln deferred until %1</numerusform>
            <numerusform>, %Ln deferred until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReleaseList</name>
    <message numerus="yes">
        <source>%n releases</source>
        <translation>
            <numerusform>%n release</numerusform>
            <numerusform>%n releases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ReleasesCommand</name>
    <message numerus="yes">
        <source>%1: %Ln lookups, one at a time; release_lookups_per_hour: %2.</source>
        <translation>
            <numerusform>%1: %Ln lookup; release_lookups_per_hour: %2.</numerusform>
            <numerusform>%1: %Ln lookups, one at a time; release_lookups_per_hour: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in all: episodes of one season share a lookup.</source>
        <translation>
            <numerusform>%Ln item in all: episodes of one season share a lookup.</numerusform>
            <numerusform>%Ln items in all: episodes of one season share a lookup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items have no movie or episode id to look up and were left out.</source>
        <translation>
            <numerusform>%Ln item has no movie or episode id to look up and was left out.</numerusform>
            <numerusform>%Ln items have no movie or episode id to look up and were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; looking up all of them.</source>
        <translation>
            <numerusform>Upgrade candidates: %Ln item; looking it up.</numerusform>
            <numerusform>Upgrade candidates: %Ln items; looking up all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RequestErrors</name>
    <message numerus="yes">
        <source>Stopped after %Ln failed requests in a row to %1. The last error: %2</source>
        <translation>
            <numerusform>Stopped after %Ln failed request to %1. The last error: %2</numerusform>
            <numerusform>Stopped after %Ln failed requests in a row to %1. The last error: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It was still unavailable after %1 and %n attempt(s).</source>
        <translation>
            <numerusform>It was still unavailable after %1 and %n attempt.</numerusform>
            <numerusform>It was still unavailable after %1 and %n attempts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %1 and %n attempt(s), the longest one request may take with its retries.</source>
        <translation>
            <numerusform>Gave up after %1 and %n attempt, the longest one request may take with its retries.</numerusform>
            <numerusform>Gave up after %1 and %n attempts, the longest one request may take with its retries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up on a request to %1 after %2 and %n attempt(s): that is the longest one request may take with its retries. The server is too slow or keeps failing; check its health (System › Status), or raise timeout.</source>
        <translation>
            <numerusform>Gave up on a request to %1 after %2 and %n attempt: that is the longest one request may take with its retries. The server is too slow or keeps failing; check its health (System › Status), or raise timeout.</numerusform>
            <numerusform>Gave up on a request to %1 after %2 and %n attempts: that is the longest one request may take with its retries. The server is too slow or keeps failing; check its health (System › Status), or raise timeout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::RetentionPolicy</name>
    <message numerus="yes">
        <source>every sync of the last %n days</source>
        <translation>
            <numerusform>every sync of the last day</numerusform>
            <numerusform>every sync of the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a day for %n days</source>
        <translation>
            <numerusform>one a day for %n day</numerusform>
            <numerusform>one a day for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a week for %n weeks</source>
        <translation>
            <numerusform>one a week for %n week</numerusform>
            <numerusform>one a week for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one a month for %n months</source>
        <translation>
            <numerusform>one a month for %n month</numerusform>
            <numerusform>one a month for %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::ScheduleUnits</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
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
    <name>arrscore::SearchCommand</name>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln episode</numerusform>
            <numerusform>%Ln episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items are over the hourly cap (searches_per_hour; %1) and are not sent; --force does not change that.</source>
        <translation>
            <numerusform>%Ln item is over the hourly cap (searches_per_hour; %1) and is not sent; --force does not change that.</numerusform>
            <numerusform>%Ln items are over the hourly cap (searches_per_hour; %1) and are not sent; --force does not change that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upgrade candidates: %Ln items; searching for all of them.</source>
        <translation>
            <numerusform>Upgrade candidates: %Ln item; searching for it.</numerusform>
            <numerusform>Upgrade candidates: %Ln items; searching for all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send these searches, %Ln of them for items in an upgrade loop?</source>
        <translation>
            <numerusform>Send these searches, %Ln of them for an item in an upgrade loop?</numerusform>
            <numerusform>Send these searches, %Ln of them for items in an upgrade loop?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchLogCommand</name>
    <message numerus="yes">
        <source>… and %Ln more (--json lists all)</source>
        <translation>
            <numerusform>… and %Ln more (--json lists all)</numerusform>
            <numerusform>… and %Ln more (--json lists all)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchOutcomes</name>
    <message numerus="yes">
        <source>Searched %n item(s)</source>
        <translation>
            <numerusform>Searched %n item</numerusform>
            <numerusform>Searched %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, upgraded %n</source>
        <translation>
            <numerusform>, upgraded %n</numerusform>
            <numerusform>, upgraded %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n pending</source>
        <translation>
            <numerusform>, %n pending</numerusform>
            <numerusform>, %n pending</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchPlanner</name>
    <message numerus="yes">
        <source>Skipped %n item(s) searched within their cooldown.</source>
        <translation>
            <numerusform>Skipped %n item searched within its cooldown.</numerusform>
            <numerusform>Skipped %n items searched within their cooldown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forced: %n item(s) searched again within their cooldown.</source>
        <translation>
            <numerusform>Forced: %n item searched again within its cooldown.</numerusform>
            <numerusform>Forced: %n items searched again within their cooldown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) left out: the hourly cap of searches is reached.</source>
        <translation>
            <numerusform>%n item left out: the hourly cap of searches is reached.</numerusform>
            <numerusform>%n items left out: the hourly cap of searches is reached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SearchRows</name>
    <message numerus="yes">
        <source>%n upgraded</source>
        <translation>
            <numerusform>%n upgraded</numerusform>
            <numerusform>%n upgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsInstancesPage</name>
    <message numerus="yes">
        <source>%n instances added from Recyclarr.</source>
        <translation>
            <numerusform>%n instance added from Recyclarr.</numerusform>
            <numerusform>%n instances added from Recyclarr.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsNotificationsPage</name>
    <message numerus="yes">
        <source>at least %n changed files</source>
        <translation>
            <numerusform>at least %n changed file</numerusform>
            <numerusform>at least %n changed files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SettingsTrayPage</name>
    <message numerus="yes">
        <source> hours</source>
        <comment>sync every N hours</comment>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SonarrFetcher</name>
    <message numerus="yes">
        <source>The episodes of %n series name %1 episode files</source>
        <translation>
            <numerusform>The episodes of %n series name %1 episode files</numerusform>
            <numerusform>The episodes of %n series name %1 episode files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SummaryText</name>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…and %Ln more</numerusform>
            <numerusform>…and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln upgraded</source>
        <translation>
            <numerusform>%Ln upgraded</numerusform>
            <numerusform>%Ln upgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln downgraded</source>
        <translation>
            <numerusform>%Ln downgraded</numerusform>
            <numerusform>%Ln downgraded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced</source>
        <translation>
            <numerusform>%Ln replaced</numerusform>
            <numerusform>%Ln replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln re-scored</source>
        <translation>
            <numerusform>%Ln re-scored</numerusform>
            <numerusform>%Ln re-scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln added</numerusform>
            <numerusform>%Ln added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) failed</source>
        <translation>
            <numerusform>%n instance failed</numerusform>
            <numerusform>%n instances failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new upgrade candidate(s)</source>
        <translation>
            <numerusform>%Ln new upgrade candidate</numerusform>
            <numerusform>%Ln new upgrade candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln candidate(s) resolved</source>
        <translation>
            <numerusform>%Ln candidate resolved</numerusform>
            <numerusform>%Ln candidates resolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first sync, %Ln file(s) stored</source>
        <translation>
            <numerusform>first sync, %Ln file stored</numerusform>
            <numerusform>first sync, %Ln files stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) re-scored: %1</source>
        <translation>
            <numerusform>%Ln file re-scored: %1</numerusform>
            <numerusform>%Ln files re-scored: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncCommand</name>
    <message numerus="yes">
        <source>storing %Ln files…</source>
        <translation>
            <numerusform>storing %Ln file…</numerusform>
            <numerusform>storing %Ln files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files, snapshot %1</source>
        <translation>
            <numerusform>%Ln file, snapshot %1</numerusform>
            <numerusform>%Ln files, snapshot %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1 of %Ln instances: %2 in %3, %4, %5.</source>
        <translation>
            <numerusform>Synced %1 of %Ln instance: %2 in %3, %4, %5.</numerusform>
            <numerusform>Synced %1 of %Ln instances: %2 in %3, %4, %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: … and %Ln more warnings</source>
        <translation>
            <numerusform>%1: … and %Ln more warning</numerusform>
            <numerusform>%1: … and %Ln more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention (%1) pruned %Ln old snapshots.</source>
        <translation>
            <numerusform>Retention (%1) pruned %Ln old snapshot.</numerusform>
            <numerusform>Retention (%1) pruned %Ln old snapshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::SyncNotifications</name>
    <message numerus="yes">
        <source>Notification sent to %n targets.</source>
        <translation>
            <numerusform>Notification sent to %n target.</numerusform>
            <numerusform>Notification sent to %n targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln notifications could not be delivered.</source>
        <translation>
            <numerusform>%1 of %Ln notification could not be delivered.</numerusform>
            <numerusform>%1 of %Ln notifications could not be delivered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeCells</name>
    <message numerus="yes">
        <source>%n releases found</source>
        <translation>
            <numerusform>%n release found</numerusform>
            <numerusform>%n releases found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>arrscore::UpgradeSearch</name>
    <message numerus="yes">
        <source>%Ln movies</source>
        <translation>
            <numerusform>%Ln movie</numerusform>
            <numerusform>%Ln movies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln episodes</source>
        <translation>
            <numerusform>%Ln episode</numerusform>
            <numerusform>%Ln episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>command %1</source>
        <comment>the ids of the commands, comma-separated</comment>
        <translation>
            <numerusform>command %1</numerusform>
            <numerusform>commands %1</numerusform>
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
        <source>Skipped: %Ln items searched within their cooldown</source>
        <translation>
            <numerusform>Skipped: %Ln item searched within its cooldown</numerusform>
            <numerusform>Skipped: %Ln items searched within their cooldown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searched again despite the cooldown: %Ln items</source>
        <translation>
            <numerusform>Searched again despite the cooldown: %Ln item</numerusform>
            <numerusform>Searched again despite the cooldown: %Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not sent: %Ln items beyond the hourly limit</source>
        <translation>
            <numerusform>Not sent: %Ln item beyond the hourly limit</numerusform>
            <numerusform>Not sent: %Ln items beyond the hourly limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing of the %Ln selected files can be searched now.</source>
        <translation>
            <numerusform>The %Ln selected file cannot be searched now.</numerusform>
            <numerusform>Nothing of the %Ln selected files can be searched now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ask the servers to search their indexers for better releases of %Ln items?</source>
        <translation>
            <numerusform>Ask the servers to search their indexers for better releases of %Ln item?</numerusform>
            <numerusform>Ask the servers to search their indexers for better releases of %Ln items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more (see the Audit view).</source>
        <translation>
            <numerusform>…and %Ln more (see the Audit view).</numerusform>
            <numerusform>…and %Ln more (see the Audit view).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected items are in an upgrade loop: their server grabbed the same release again and again without a better file. Search anyway?</source>
        <translation>
            <numerusform>%Ln of the selected items is in an upgrade loop: its server grabbed the same release again and again without a better file. Search anyway?</numerusform>
            <numerusform>%Ln of the selected items are in an upgrade loop: their server grabbed the same release again and again without a better file. Search anyway?</numerusform>
        </translation>
    </message>
</context>
</TS>
