<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>关于 CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop %1</translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU's Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>用于处理国际电联理事会国际互联网相关公共政策问题工作组文稿的离线工作台：阅读、搜索和批注文稿，然后起草成果文件，其中每项结论均引用其来源。任何数据都不会离开您的计算机。许可证：MIT。</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>库及其许可证</translation>
    </message>
    <message>
        <source>Library</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Purple</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>紫色</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>突出显示(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>突出显示所选段落</translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加或编辑备注(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>为所选段落撰写备注</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>用编码本中的主题标记所选段落</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除批注(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除光标处的批注</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请先在阅读器中选择一个段落。</translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已突出显示。</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已添加备注。</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已标记。</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更改主题</translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请将光标置于批注上以将其删除。</translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注已删除（按 Ctrl+Z 可恢复）。</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更改颜色</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>显示批注范围</translation>
    </message>
    <message>
        <source>This contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>本文稿</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有文稿</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>All authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有作者</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>All colours</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有颜色</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>转到段落</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的批注会附上您的姓名，以便合并多位代表批注的报告人知道每条批注出自何人。您可以稍后在“编辑 ▸ 作者姓名”中更改。</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者姓名</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>例如：张三（瑞士）</translation>
    </message>
</context>
<context>
    <name>BackgroundIndexer</name>
    <message>
        <source>Indexing for search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在为按含义搜索建立索引</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>索引进度</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>停止建立索引</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes at the next import or the next start)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>停止建立索引（将在下次导入或下次启动时继续）</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将在本批次完成后停止…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份已保存：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>窗口关闭时</translation>
    </message>
    <message>
        <source>Daily</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>每日</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>升级前</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>块文本</translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>大纲中所选块的文本，采用 Markdown 格式。Tab 插入制表符；Ctrl+Tab 移至下一个控件。</translation>
    </message>
    <message>
        <source>Type the block's text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>输入块的文本（Markdown）。Ctrl+Shift+C 插入引文。</translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1：引用文件 %2</translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1：未解析的引文 — 没有任何已导入文稿使用该文号</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>插入引文</translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索文稿和批注</translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文号、标题、来源、段落中的词语…</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>找到的来源</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>段</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>整份文件</translation>
    </message>
    <message>
        <source>Citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>引文</translation>
    </message>
    <message>
        <source>Insert</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>插入</translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件的段落：</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>引文：</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>段落</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>A passage is cited at its own paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>段落在其所属的段中被引用</translation>
    </message>
    <message>
        <source>The paragraph cited in a whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在整份文件中被引用的段</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（请选择来源）</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编码本</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加主题(&amp;A)…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加子主题(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更改颜色(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>加载第 1305 号决议初始编码本(&amp;1)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新主题</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重命名主题</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题颜色</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>合并主题</translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将“%1”的所有使用移至：</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除“%1”？批注将保留其段落和备注，但会失去此主题。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>冲突</translation>
    </message>
    <message>
        <source>My version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>Their version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>对方的版本</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有冲突：无需处理。</translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>为何出现冲突</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保留对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拒绝所有暂缓的更改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>应用所有暂缓的更改(&amp;A)</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Draft block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案块</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Review note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>审阅意见</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>语言版本</translation>
    </message>
    <message>
        <source>Translated block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>已译块</translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（已暂缓：待确认）</translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>自上次交换以来，双方都编辑过此项。</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已暂缓：包 %1 一次删除或替换了您自己的许多行。您的版本保持不变；保留对方的版本即可应用此更改。</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已暂缓：包 %1 将此项移到另一个草稿或文稿。您的版本保持不变；保留对方的版本即可移动它。</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已暂缓：包 %1 声称替换了您从未共享过的编辑。您的版本保持不变；保留对方的版本即可应用它。</translation>
    </message>
    <message>
        <source>Mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>我的</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>对方的</translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（当前生效）</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商</translation>
    </message>
    <message>
        <source>(as each file says)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（按各文件所示）</translation>
    </message>
    <message>
        <source>Type a consultation or meeting, or choose a recent one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>输入磋商或会议，或选择最近使用的一项</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商或会议(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation's contributions.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>所选的 %n 个项目属于哪项磋商或会议？覆盖情况会对照草案所属磋商的文稿检查草案。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>所选 %n 份文稿的磋商或会议：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>设置 %n 份文稿的磋商</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 份文稿现属于“%1”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationUi</name>
    <message>
        <source>No contribution belongs to “%1”: coverage has nothing to check against. Set the consultation of contributions at import, or select them in the list and use Contribution ▸ Set consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有任何文稿属于“%1”：覆盖情况无可对照。请在导入时设置文稿的磋商，或在列表中选择文稿，然后使用“文稿 ▸ 设置磋商…”。</translation>
    </message>
    <message>
        <source>Select contributions in the list first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请先在列表中选择文稿。</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文号</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>(none) %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（无）%1</translation>
    </message>
    <message>
        <source>No symbol yet (file %1). Edit details (F2) gives it one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚无文号（文件 %1）。可通过“编辑详细信息”（F2）为其指定文号。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>empty file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>空文件</translation>
    </message>
    <message>
        <source>no text found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未找到文本</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>二进制数据，不是文本</translation>
    </message>
    <message>
        <source>not a valid PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不是有效的 PDF</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>加密的 PDF</translation>
    </message>
    <message>
        <source>no text layer (scanned?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有文本层（扫描件？）</translation>
    </message>
    <message>
        <source>not a valid .docx (damaged or truncated archive)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不是有效的 .docx（压缩包损坏或不完整）</translation>
    </message>
    <message>
        <source>refused: the document declares XML entities (DTD)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：文档声明了 XML 实体（DTD）</translation>
    </message>
    <message>
        <source>encrypted Office file (password-protected)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>加密的 Office 文件（受密码保护）</translation>
    </message>
    <message>
        <source>legacy Word .doc is not supported; save it as .docx</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不支持旧版 Word .doc；请另存为 .docx</translation>
    </message>
    <message>
        <source>no document part</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有文档部分</translation>
    </message>
    <message>
        <source>no document part ('%1' is missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有文档部分（缺少“%1”）</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 cannot be decoded)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不是有效的 .docx（无法解码 %1）</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 is not well-formed XML)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不是有效的 .docx（%1 不是格式正确的 XML）</translation>
    </message>
    <message>
        <source>refused: the archive has too many entries (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：压缩包条目过多（%1）</translation>
    </message>
    <message>
        <source>refused: reading the PDF text took too long</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：读取 PDF 文本耗时过长</translation>
    </message>
    <message>
        <source>refused: the PDF holds too much text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：PDF 包含的文本过多</translation>
    </message>
    <message>
        <source>too many pages (%1; the limit is %2)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>页数过多（%1；上限为 %2）</translation>
    </message>
    <message>
        <source>unsupported file type '%1'</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>不支持的文件类型“%1”</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件过大（%1 MB；上限为 %2 MB）</translation>
    </message>
    <message>
        <source>file too large (%1 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件过大（%1 MB）</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>could not read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未能读取文件（%1）</translation>
    </message>
    <message>
        <source>refused: not enough memory to read the file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：内存不足，无法读取文件</translation>
    </message>
    <message>
        <source>refused: the file is nested too deeply</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝：文件嵌套层级过深</translation>
    </message>
    <message>
        <source>no block of a known draft in it (was it exported from this store, with its bookmarks kept?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>其中没有已知草案的任何块（是否从此存储库导出并保留了书签？）</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商</translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案所对照的磋商</translation>
    </message>
    <message>
        <source>The draft's consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案的磋商</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>再次对照磋商检查草案</translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>覆盖情况列表</translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚未引用的文稿、没有结论的主题、仅有一个来源或没有来源的结论、未解析的引文；在结论上按 Enter 显示其所在块</translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已引用的文稿（按利益攸关方群体）</translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按主题列出的结论</translation>
    </message>
    <message>
        <source>all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有文稿</translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>对照 %1：已引用 %2 份，尚未引用 %3 份。</translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚未引用</translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有结论的主题</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1（%2 条批注）</translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仅依据一个来源的结论</translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未引用任何来源的结论</translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未解析的引文</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未知群体</translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>结论：%1 · 批注：%2</translation>
    </message>
    <message>
        <source>%1 (no symbol)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1（无文号）</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无法打开存储库</translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop 无法打开 %1：</translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库缺失。最新的完好备份创建于 %1；恢复该备份可找回截至当时保存的工作。</translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库缺失，且未找到其完好备份。您可以打开另一个存储库，或新建一个空存储库。</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最新的完好备份创建于 %1。恢复该备份可找回截至当时保存的工作；受损文件将保留在旁边。</translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未找到此存储库的完好备份。您可以打开另一个存储库，或新建一个存储库。</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>恢复备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开另一个存储库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建空存储库(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>欢迎使用 CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop 帮助您阅读磋商的文稿、对其进行批注，并起草一份每项结论都引用其来源的摘要。

您的存储库为空。是否加载一个演示磋商，以便一次体验所有功能？其中包含以国际电联六种语文撰写的六份虚构的简短文稿和若干批注。您可以稍后将其删除，或通过“帮助 ▸ 加载演示磋商”重新加载。</translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>加载演示磋商(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从空存储库开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 份文稿</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案详细信息</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件文号：</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源行：</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>会议：</translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>地点和日期：</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>议项：</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>日期（yyyy-mm-dd）：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>目的：</translation>
    </message>
    <message>
        <source>Action required:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>需要采取的行动：</translation>
    </message>
    <message>
        <source>References:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>参考文件：</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商：</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言：</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>分析性摘要</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主要结论</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>指导原则</translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>提交理事会的文稿</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>汇编</translation>
    </message>
    <message>
        <source>Heading</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>段落</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>结论</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>指导原则</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>建议</translation>
    </message>
    <message>
        <source>Annex</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>附件</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>键入</translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案</translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在编辑的草案</translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>证据和覆盖情况</translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>证据：当前块引用的段落。覆盖情况：草案引用了磋商中的哪些内容，遗漏了哪些内容。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>证据</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>覆盖情况</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有更改均已保存。</translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚无草案：请使用“新建草案…”创建。</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除草案</translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除“%1”？其版本将予以保留。</translation>
    </message>
    <message>
        <source>level %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>第 %1 级</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未解析：%1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已创建版本“%1”。</translation>
    </message>
    <message>
        <source>New block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建块</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>上移块</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>下移块</translation>
    </message>
    <message>
        <source>Indent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>增加块缩进</translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>减少块缩进</translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更改块类型</translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>合并块</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除块</translation>
    </message>
    <message>
        <source>Split block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拆分块</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>恢复“%1”</translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无法引用：%1</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建草案…</translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>基于模板、框架或汇编新建草案</translation>
    </message>
    <message>
        <source>Import Markdown draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入 Markdown 草案…</translation>
    </message>
    <message>
        <source>A draft from a Markdown file (front matter optional)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>基于 Markdown 文件的草案（前置元数据可选）</translation>
    </message>
    <message>
        <source>Save now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>立即保存</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this saves at once</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的文本在键入时即已保存；此操作可立即保存</translation>
    </message>
    <message>
        <source>Details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文号、会议、目的及其他封面详细信息</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除草案…</translation>
    </message>
    <message>
        <source>Take version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>创建版本…</translation>
    </message>
    <message>
        <source>Keep the draft as it stands, named, to compare or restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将草案按当前状态以命名方式保留，以便比较或恢复</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>版本…</translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>命名版本：比较、恢复</translation>
    </message>
    <message>
        <source>New language version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建语文版本…</translation>
    </message>
    <message>
        <source>The draft in another of the six languages, block by block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>以六种语文中另一种语文呈现的草案，逐块对应</translation>
    </message>
    <message>
        <source>Mark translation up to date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将译文标记为最新</translation>
    </message>
    <message>
        <source>This block of a language version follows the original again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语文版本中的此块再次与原文一致</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>采用国际电联版式的 Word，或 Markdown</translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>审阅意见…</translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从 Word 返回的草案批注和修改建议</translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在此块之后新建块</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拆分</translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在光标处拆分块</translation>
    </message>
    <message>
        <source>Merge</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将下一个块合并到此块</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>下移</translation>
    </message>
    <message>
        <source>Indent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>增加缩进</translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>降低一级（在大纲中按 Tab）</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>减少缩进</translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>提升一级（在大纲中按 Shift+Tab）</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>引用…</translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从文稿和批注中插入引文</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重做</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>块类型</translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>当前块的类型</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案(&amp;D)</translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案菜单</translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建、详细信息、版本、导出、审阅意见、删除</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案：</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>块</translation>
    </message>
    <message>
        <source>Saved. (Your text is also saved as you type.)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已保存。（您的文本在键入时也会保存。）</translation>
    </message>
    <message>
        <source>Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已保存：您的文本在键入时即已保存。按 Ctrl+Shift+S 可保留命名版本。</translation>
    </message>
    <message>
        <source>Import a Markdown draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入 Markdown 草案</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (*.md *.markdown *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Unresolved citations: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未解析的引文：%1</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>(no suggestions)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（无建议）</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加到我的词典</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>证据</translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此块中没有引文。</translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>被引用的段落</translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>当前块引用的所有段落；按 Enter 在阅读器中打开</translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无法显示被引用的段落：引文未指向任何已导入的文稿。</translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来自 %2 份文件的 %1 个段落。单击其中一个可在阅读器中打开。</translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在阅读器中打开 %1</translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1 — 未解析：没有任何已导入文稿使用该文号。</translation>
    </message>
    <message>
        <source>para %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>第 %1 段</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>整份文件</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入共享工作</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI 包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>级别</translation>
    </message>
    <message>
        <source>Quote</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>引语</translation>
    </message>
    <message>
        <source>Block order</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>块顺序</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已更改</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出“%1”</translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>采用国际电联版式的 Word 文档 (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件中标签、日期和引文所用的语言</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言警告</translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加附件，列出每项结论的来源</translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>以 Word 批注形式纳入批注</translation>
    </message>
    <message>
        <source>Font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>字体</translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在封面上放置徽标</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>进度</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚无预览。</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>第一页预览</translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>由 LibreOffice 排版的文件第一页</translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>预览第一页</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>安装 LibreOffice 以查看预览</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export a draft copy anyway</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仍然导出草稿副本</translation>
    </message>
    <message>
        <source>Each unresolved citation is printed marked “[unresolved: @…]”, and the document opens with a draft-copy notice</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>每处未解析的引文在打印时均标记为“[unresolved: @…]”，且文件开头附有草稿副本说明</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>字体：</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The draft is written in %1. Exporting in %2 changes only the fixed texts (labels, dates, citations); the text of the draft stays as written.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案以%1撰写。以%2导出仅更改固定文本（标签、日期、引文）；草案正文保持原样。</translation>
    </message>
    <message>
        <source>Export to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件 (%1)</translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在收集被引用的文件…</translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未导出任何内容：未解析的引文 %1 — 没有任何已导入文稿使用该文号。</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>LibreOffice is laying out the first page in the background; you can choose options or export meanwhile…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>LibreOffice 正在后台对第一页进行排版；在此期间，您可以选择选项或导出…</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在渲染第一页…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>第一页预览，由 LibreOffice 排版。</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Source type</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>我的批注(&amp;M)</translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仅显示我批注过的文稿</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未读(&amp;U)</translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仅显示尚未阅读的文稿</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>显示所有文稿</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有磋商</translation>
    </message>
    <message>
        <source>All languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有语言</translation>
    </message>
    <message>
        <source>All sources</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有主题</translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（已不在编码本中的主题）</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在加载演示磋商…</translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1, %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>演示磋商已加载：%1，%2。</translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此存储库中已有演示磋商。</translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>演示磋商</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>Sharing: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享：%1</translation>
    </message>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已与 %n 位同事同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>，%n 项仍在传入</numerusform>
        </translation>
    </message>
    <message>
        <source>, last change %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>，最近更改 %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Share through a &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>通过文件夹共享(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep this store in sync with colleagues through a folder you already share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>通过您已共享的文件夹使此存储库与同事保持同步</translation>
    </message>
</context>
<context>
    <name>FolderSyncDialog</name>
    <message>
        <source>Share through a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>通过文件夹共享</translation>
    </message>
    <message>
        <source>Choose a folder your working group already shares (OneDrive, SharePoint, Nextcloud, Syncthing, a network share). Each laptop writes its changes into its own subfolder there and reads the others'.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请选择您的工作组已在共享的文件夹（OneDrive、SharePoint、Nextcloud、Syncthing 或网络共享）。每台笔记本电脑将其更改写入该文件夹中自己的子文件夹，并读取其他人的更改。</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>停止共享(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>同事</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>同事</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已合并文件</translation>
    </message>
    <message>
        <source>Last change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最近更改</translation>
    </message>
    <message>
        <source>Came in last time</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>上次传入</translation>
    </message>
    <message>
        <source>Not sharing through a folder.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未通过文件夹共享。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已添加 %1 项，已更新 %2 项，冲突 %3 项</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将在当前文件完成后取消…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在导入 %1（第 %2 个，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入共享工作</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入摘要</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>显示冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已添加：%1 · 已更新：%2 · 未更改：%3 · 冲突：%4</translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已暂缓 %1 项更改：该包删除或替换了您自己的许多行、将行移到别处，或声称替换了您从未共享的编辑。您的内容未作任何更改；请在冲突中确认或拒绝它们。</translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已先为存储库创建安全副本：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入已完成</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导入：%1 · 重复：%2 · 已拒绝：%3</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Import details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入详细信息</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导入（%1）</translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重复，已在存储库中（%1）</translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>同一文件已导入</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝（%1）</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已跳过 (%1)</translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标签语言(&amp;O)：</translation>
    </message>
    <message>
        <source>Labels of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标签语言</translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您所编辑固定文本的导出语言</translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word 导出的固定文本（封面、标题、引文）。请在最后一列中填写您自己的文本；留空则保留默认文本。请保持 {placeholders} 原样。</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标签、默认文本和您的文本；按 F2 编辑您的文本</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标签</translation>
    </message>
    <message>
        <source>Default</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>默认</translation>
    </message>
    <message>
        <source>Your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的文本</translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重置此语言(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member State</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>成员国</translation>
    </message>
    <message>
        <source>Sector Member</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>部门成员</translation>
    </message>
    <message>
        <source>Academia</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>学术成员</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>民间社会</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>秘书处</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>New language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建语文版本</translation>
    </message>
    <message>
        <source>Language of the version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>版本语文：</translation>
    </message>
    <message>
        <source>The draft has a version in every language.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>该草案已有所有语文的版本。</translation>
    </message>
    <message>
        <source>Version in %1 created: translate its blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已创建 %1 版本：请翻译其各块。</translation>
    </message>
    <message>
        <source>%1 blocks of this version are older than the original's edits (marked ⚠ in the outline).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此版本有 %1 个块早于原文的修改（在大纲中标有 ⚠）。</translation>
    </message>
    <message>
        <source>This block is not stale.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此块并未过时。</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Other language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>其他语言</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>创建一个空存储库文件并打开</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开存储库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开另一个存储库文件</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库(&amp;S)…</translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最近的存储库：打开、移除、新建</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将存储库副本保存到备份文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>恢复到此存储库的某个自动备份</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者、语言、导出、备份</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入 .docx、.pdf、.txt 或 .md 文稿</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入文件夹中的所有文稿</translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享批注(&amp;S)…</translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将您的批注、主题和草案保存为文件，供同事使用</translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入共享工作(&amp;W)…</translation>
    </message>
    <message>
        <source>Merge a colleague's annotations, themes and drafts into this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将同事的批注、主题和草案合并到此存储库</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在两台笔记本电脑上对同一项目所作的修改，有待您处理</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在所有文稿中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索所有文稿的全文</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的批注所附的姓名</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑详细信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更正文号、标题、来源、日期、磋商</translation>
    </message>
    <message>
        <source>Set &amp;consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>设置磋商(&amp;C)…</translation>
    </message>
    <message>
        <source>Give the contributions selected in the list one consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>为列表中所选的文稿指定同一项磋商</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标记为已读/未读(&amp;U)</translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将打开的文稿标记为已读或未读</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编码本(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>添加、重命名、合并主题及更改其颜色</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>转到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>转到阅读器(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>转到批注(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>转到导航器(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>本应用程序的用途，从导入到导出</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>窗口的所有键盘快捷键</translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>加载演示磋商(&amp;D)</translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>六份虚构的简短文稿，供试用本应用程序</translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>关于 CWGI Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>突出显示颜色(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在文稿和草案之间切换</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿</translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>符合筛选条件的文稿；按 Enter 打开</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导航器</translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商、语言、来源、主题和作者及其计数</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿文本</translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>逐段显示打开的文稿；选择一个段落即可对其批注</translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索全文</translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>输入词语以在所有文稿中查找；按向下键转到搜索结果</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按 Enter 打开结果</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开的文稿的批注；按 Enter 转到段落</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入文稿</translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入文稿文件夹</translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚无其他存储库</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导航器</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 份文稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已标记为已读</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已标记为未读</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导入 %1，重复 %2，已拒绝 %3</translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注将附上姓名 %1。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>错误：%1</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿详细信息</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商或会议(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>例如：C26/77-F 或 CWG-Internet-22/4-E</translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请按 yyyy-mm-dd 格式填写日期。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导航器</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有文稿</translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商和会议</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Source types</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源类型</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建草案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商</translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>汇编分组方式</translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按利益攸关方群体</translation>
    </message>
    <message>
        <source>by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按主题</translation>
    </message>
    <message>
        <source>Start from the kind's template</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从该类型的模板开始</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation's annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>根据磋商的批注构建框架</translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>生成磋商汇编</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商：</translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请选择作为构建依据的磋商。</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备注文本</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按 Ctrl+Enter 保存。</translation>
    </message>
</context>
<context>
    <name>OtherTools</name>
    <message>
        <source>Working…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>Export for QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出到定性数据分析（QDA）软件</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>REFI-QDA 项目 (*.qdpx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import from QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从定性数据分析（QDA）软件导入</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出编码本</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>REFI-QDA 编码本 (*.qdc);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入编码本</translation>
    </message>
    <message>
        <source>Export contributions for Zotero</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>为 Zotero 导出文稿</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CSL-JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Other tools</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>其他工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export for QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出到 QDA 软件 (.qdpx)(&amp;E)…</translation>
    </message>
    <message>
        <source>Contributions, annotations and themes for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>供 QualCoder、NVivo、ATLAS.ti、MAXQDA 使用的文稿、批注和主题</translation>
    </message>
    <message>
        <source>&amp;Import from QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从 QDA 软件导入 (.qdpx)(&amp;I)…</translation>
    </message>
    <message>
        <source>Sources, coded segments and notes of a REFI-QDA project</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>REFI-QDA 项目的来源、已编码片段和备注</translation>
    </message>
    <message>
        <source>Export the &amp;codebook (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出编码本 (.qdc)(&amp;C)…</translation>
    </message>
    <message>
        <source>The themes as a REFI-QDA codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>以 REFI-QDA 编码本形式导出主题</translation>
    </message>
    <message>
        <source>Import a code&amp;book (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入编码本 (.qdc)(&amp;B)…</translation>
    </message>
    <message>
        <source>Add a REFI-QDA codebook's codes as themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将 REFI-QDA 编码本中的代码添加为主题</translation>
    </message>
    <message>
        <source>Export contributions for &amp;Zotero (CSL-JSON)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>为 Zotero 导出文稿 (CSL-JSON)(&amp;Z)…</translation>
    </message>
    <message>
        <source>Cite contributions from Zotero or pandoc</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从 Zotero 或 pandoc 引用文稿</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>附件 %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Stale: the original was edited after this translation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已过时：原文在此译文之后经过修改</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>大纲</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>首选项页面</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出标签(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份(&amp;B)</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者姓名</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的批注所附的姓名</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>例如：张三（瑞士）</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>系统语言（%1）</translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1（尚未翻译）</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>菜单和对话框的语言</translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新的界面语言在您按“确定”后生效：窗口将以该语言重新打开。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>外观</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>浅色或深色，或跟随系统设置</translation>
    </message>
    <message>
        <source>Mark &amp;misspelt words in drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标出草稿中的拼写错误(&amp;M)</translation>
    </message>
    <message>
        <source>Spell-check</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拼写检查</translation>
    </message>
    <message>
        <source>Red wavy underlines under misspelt words, in the draft's language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>以草稿的语言，用红色波浪线标出拼写错误的词</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>您的姓名(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拼写：</translation>
    </message>
    <message>
        <source>The draft's own language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案本身的语言</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>默认导出语言</translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word 导出中固定文本的语言</translation>
    </message>
    <message>
        <source>Export font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出字体</translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word 导出的正文字体（国际电联文件使用 Calibri）</translation>
    </message>
    <message>
        <source>No logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无徽标</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>徽标图片</translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>用于 Word 导出封面的图片</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择徽标图片</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>移除徽标</translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>默认导出语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出字体(&amp;F)：</translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>徽标图片(&amp;O)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库自动备份的存放位置</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保留的备份数</translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库的较旧备份将被删除</translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>每次关闭窗口时</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>每天一次</translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从不（不建议）</translation>
    </message>
    <message>
        <source>Back up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份</translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>何时进行自动备份</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份是在您工作期间制作的存储库一致性副本。通过“文件 ▸ 从备份恢复…”可恢复备份。</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保留(&amp;K)：</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份(&amp;U)：</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.bmp);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文稿文本</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>阅读器</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>语文版本</translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>本文件的其他语文版本</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑详细信息…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更正文号、标题、来源、日期、磋商</translation>
    </message>
    <message>
        <source>Version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>版本：</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未打开文稿</translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请在列表中选择一份文稿或一个搜索结果。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未读</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标记为未读</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标记为已读</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>相关段落</translation>
    </message>
    <message>
        <source>Select a paragraph, an annotation or a finding.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请选择一个段落、一条批注或一项结论。</translation>
    </message>
    <message>
        <source>Suggested themes (Enter accepts, Delete dismisses)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>建议的主题（按 Enter 接受，按 Delete 忽略）</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>建议的主题</translation>
    </message>
    <message>
        <source>Passages making the point of ¶%1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>表达 ¶%1 观点的段落</translation>
    </message>
    <message>
        <source>Passages making the point of the annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>表达该批注观点的段落</translation>
    </message>
    <message>
        <source>Passages making the point of the finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>表达该结论观点的段落</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在查找相关段落…</translation>
    </message>
    <message>
        <source>Nothing related yet: %1 of %2 paragraphs indexed.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚无相关内容：已为 %2 个段落中的 %1 个建立索引。</translation>
    </message>
    <message>
        <source>No related passage found.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未找到相关段落。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>From %1 annotated passages nearby</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>基于附近 %1 个已批注的段落</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>请选择要恢复到的备份。窗口将关闭，备份将取代存储库，然后窗口重新打开。当前文件会保留在旁边（其名称以“.replaced-”加日期结尾），因此不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>备份</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此存储库的备份，最新的在前</translation>
    </message>
    <message>
        <source>Taken</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>大小</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此存储库尚无备份。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>恢复此备份(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>审阅</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入已审阅的文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>块</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>修改建议</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>修改及其上下文</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>接受修改(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>拒绝修改(&amp;J)</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>“%1”的审阅</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>待处理</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>（整份草案）</translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 条待处理批注，%2 条待处理修改建议</translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入已审阅的文件</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>尚未导入任何内容。</translation>
    </message>
    <message>
        <source>Another draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>另一个草稿</translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>“%1”是从草稿“%2”导出的，而不是从“%3”导出的。仍要将其批注和更改导入“%3”吗？</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>创建命名版本</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此版本的名称：</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 的版本</translation>
    </message>
    <message>
        <source>added</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已删除</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已移动</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>草案的版本</translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>创建版本…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>比较</translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择两个版本：相互比较。选择一个版本：与草案当前状态比较。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Export changes as Word…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将修改导出为 Word…</translation>
    </message>
    <message>
        <source>Export changes as Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将修改导出为 Word</translation>
    </message>
    <message>
        <source>A Word document with the changes since the selected version as tracked changes (two selected: from the older to the newer)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>一份 Word 文档，以修订形式显示自所选版本以来的修改（选择两个版本时：从较旧版本到较新版本）</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>&lt;span style="%1"&gt;deleted&lt;/span&gt; · &lt;span style="%2"&gt;inserted&lt;/span&gt;</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&lt;span style="%1"&gt;已删除&lt;/span&gt; · &lt;span style="%2"&gt;已插入&lt;/span&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>自动</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将修改导出到</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未导出任何内容：%1</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 个块不同</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索全文</translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索所有文稿（Ctrl+F）</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按含义</translation>
    </message>
    <message>
        <source>Search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按含义搜索</translation>
    </message>
    <message>
        <source>Also find passages that say the same thing in other words or other languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>同时查找以其他措辞或其他语言表达相同内容的段落</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>无结果</translation>
    </message>
</context>
<context>
    <name>SemanticUi</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>相关段落</translation>
    </message>
    <message>
        <source>Theme %1 added to the paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已将主题 %1 添加到该段落</translation>
    </message>
    <message>
        <source>Theme %1 will not be suggested here again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>此处将不再建议主题 %1</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享批注</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仅限此后的更改</translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>仅限某日期之后的更改</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>更改起始日期</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有磋商</translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>包含文稿全文</translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>包含全文</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>包含草案</translation>
    </message>
    <message>
        <source>Include drafts that carry other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>包括含有其他作者笔记的草稿</translation>
    </message>
    <message>
        <source>Include other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>包括其他作者的笔记</translation>
    </message>
    <message>
        <source>Drafts carrying other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>含有其他作者笔记的草稿</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>作者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>磋商(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保存包(&amp;S)…</translation>
    </message>
    <message>
        <source>No draft carries other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>没有草稿含有其他作者的笔记。</translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>这些草稿含有其他作者的笔记，除非选择包括，否则不会导出：%1</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>保存包</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI 包 (*%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 条批注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 份草案</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已保存 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已略去 %n 个含有其他作者笔记的草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>键入以筛选</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按菜单列出的操作及其按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI 存储库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建存储库</translation>
    </message>
    <message>
        <source>Open store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开存储库</translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库</translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>存储库是一个文件，保存您工作中的文稿、批注和草案。可以每次磋商使用一个，也可以全部使用一个。</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最近的存储库</translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>最近打开的存储库，最新的在前</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>移除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从此列表中移除（不会删除文件）</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建存储库(&amp;N)…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>打开其他文件(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1（已打开）</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1（缺失）</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Upgrading the store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在升级存储库…</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>升级存储库</translation>
    </message>
    <message>
        <source>Upgrading the store (step %1 of %2)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>正在升级存储库（第 %1 步，共 %2 步）…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未恢复任何内容：%1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已恢复备份 %1。</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>新建存储库</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sharing status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享状态</translation>
    </message>
    <message>
        <source>Share through a folder: click for each colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>通过文件夹共享：单击查看每位同事</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>主题</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>筛选主题</translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>键入以筛选，或为新主题命名</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编码本</translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编码本为空：请键入主题名称，或通过“批注 ▸ 编码本”加载第 1305 号决议初始编码本。</translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message>
        <source>Result</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>结果</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>跳过的内容</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已写入 %1：%n 个主题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已写入 %1：%n 份文稿</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>已写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded selection(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 个编码片段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 个代码</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n 条备注</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已添加 %n 个主题（%1 个已存在）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已添加 %n 份文稿（%1 份已存在）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已添加 %n 条批注（%1 条已存在）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>已跳过 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>未执行任何操作：%1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>“%1”上的备注</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>标记“%1”</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>突出显示“%1”</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>删除批注“%1”</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>编辑 %1 的详细信息</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导入</translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>文件 ▸ 导入文件…（Ctrl+I），或将文件拖放到窗口中：可导入以国际电联六种语文中任一语文撰写的 .docx、.pdf、.txt 和 .md 文稿。文号、语言、来源、标题和日期从第一页读取；可通过“文稿 ▸ 编辑详细信息…”（F2）更正。</translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>按磋商、语言、来源或主题筛选列表，或搜索所有文稿的全文（Ctrl+F）。阅读器为段落编号，并提供文件的其他语文版本。</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>批注</translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>选择一个段落，将其突出显示（Ctrl+H）、撰写备注（Ctrl+Shift+N）或用编码本中的主题对其进行标记（Ctrl+T）。突出显示的内容带下划线，附有备注时为虚线，因此即使不看颜色也能辨认。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>起草</translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>在“草案”工作区中，以编号块的形式撰写分析性摘要、主要结论或指导原则。</translation>
    </message>
    <message>
        <source>Cite</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>引用</translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>每项结论均引用其所依据的文稿（[@C26/77]）；覆盖情况面板显示哪些意见尚未被任何块引用。</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将草案导出为采用国际电联版式的 Word（六种语文中任一语文）或 Markdown。可在首选项中设置默认语言、字体、徽标和版式的固定文本。</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>共享</translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>将您的批注和草案作为一个包文件发送给同事；导入包时，它将与您的工作合并。</translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>本应用程序将 CWG-Internet 磋商所收到的意见转化为实质性成果（分析性摘要、主要结论、指导原则），其中每一点均引用其所依据的文稿。它离线工作：不会从网络获取或向网络发送任何内容。</translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>所有内容都会随时保存在一个存储库文件中。关闭窗口时或每天一次会自动备份（首选项 ▸ 备份）；“文件 ▸ 从备份恢复…”可恢复到某个备份。“文件 ▸ 新建存储库…”和“打开存储库…”可为每次磋商使用一个存储库。</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>“帮助 ▸ 键盘快捷键”列出所有快捷键。“帮助 ▸ 加载演示磋商”为您提供试用所有功能的材料。</translation>
    </message>
</context>
</TS>
