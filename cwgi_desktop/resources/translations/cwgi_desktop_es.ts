<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU&apos;s Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the block&apos;s text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action required:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a named version (your text is saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>para %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreOffice is laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1 contributions, %2 annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s annotations, themes and drafts into this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CWGI Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the kind&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation&apos;s annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft&apos;s own language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;%1&quot;&gt;deleted&lt;/span&gt; · &lt;span style=&quot;%2&quot;&gt;inserted&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include drafts that carry other authors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include other authors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts carrying other authors&apos; notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft carries other authors&apos; notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1: %2 annotations, %3 themes, %4 drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out %1 drafts carrying other authors&apos; notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
