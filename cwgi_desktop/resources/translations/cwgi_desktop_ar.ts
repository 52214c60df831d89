<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حول CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop %1</translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU's Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>منصة عمل تعمل دون اتصال بالشبكة لمعالجة المساهمات المقدَّمة إلى فريق العمل التابع لمجلس الاتحاد الدولي للاتصالات المعني بقضايا السياسات العامة الدولية المتعلقة بالإنترنت: اقرأها وابحث فيها وأضف إليها تعليقات توضيحية، ثم صِغ وثائق نتائج يستشهد كل استنتاج فيها بمصادره. لا يغادر أي شيء حاسوبك. الترخيص: MIT.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المكتبات وتراخيصها</translation>
    </message>
    <message>
        <source>Library</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الترخيص</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Pink</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Orange</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Purple</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أرجواني</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تمييز(&amp;H)</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تمييز المقطع المحدد</translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة ملاحظة أو تحريرها(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كتابة ملاحظة على المقطع المحدد</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم المقطع المحدد بمواضيع من دليل الترميز</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف التعليق التوضيحي(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف التعليق التوضيحي الموجود عند المؤشر</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حدِّد مقطعاً في القارئ أولاً.</translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تم التمييز.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أضيفت الملاحظة.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تم الوسم.</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تغيير المواضيع</translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ضع المؤشر على تعليق توضيحي لحذفه.</translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُذف التعليق التوضيحي (يعيده Ctrl+Z).</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تغيير اللون</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عرض التعليقات التوضيحية لـ</translation>
    </message>
    <message>
        <source>This contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هذه المساهمة</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المساهمات</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف التعليق التوضيحي</translation>
    </message>
    <message>
        <source>All authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المؤلفين</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>All colours</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع الألوان</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الانتقال إلى المقطع</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحمل تعليقاتك التوضيحية اسمك، حتى يعرف المقرر الذي يدمج التعليقات التوضيحية لعدة مندوبين صاحب كل منها. يمكنك تغييره لاحقاً من تحرير ▸ اسم المؤلف.</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسم المؤلف</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مثال: فلان الفلاني (سويسرا)</translation>
    </message>
</context>
<context>
    <name>BackgroundIndexer</name>
    <message>
        <source>Indexing for search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الفهرسة للبحث حسب المعنى</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تقدم الفهرسة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إيقاف الفهرسة</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes at the next import or the next start)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إيقاف الفهرسة (تُستأنف عند الاستيراد التالي أو عند بدء التشغيل التالي)</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الإيقاف بعد هذه الدفعة…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُفظت النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فشل النسخ الاحتياطي: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عند إغلاق النافذة</translation>
    </message>
    <message>
        <source>Daily</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يومياً</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُنشئت يدوياً</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>قبل الترقية</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نص الكتلة</translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نص الكتلة المختارة في المخطط، بتنسيق Markdown. يُدرج المفتاح Tab علامة جدولة؛ وينتقل Ctrl+Tab إلى عنصر التحكم التالي.</translation>
    </message>
    <message>
        <source>Type the block's text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب نص الكتلة (Markdown). يُدرج Ctrl+Shift+C استشهاداً.</translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: يستشهد بالوثيقة %2</translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: استشهاد غير محسوم — لا توجد مساهمة مستوردة تحمل هذا الرمز</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إدراج استشهاد</translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في المساهمات والتعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الرمز، العنوان، المصدر، كلمات من مقطع…</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المصادر التي عُثر عليها</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الوثيقة كاملة</translation>
    </message>
    <message>
        <source>Citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستشهاد</translation>
    </message>
    <message>
        <source>Insert</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فقرة من وثيقة:</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستشهاد:</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليق التوضيحي</translation>
    </message>
    <message>
        <source>A passage is cited at its own paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يُستشهد بالمقطع في فقرته الخاصة</translation>
    </message>
    <message>
        <source>The paragraph cited in a whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الفقرة المستشهد بها في وثيقة كاملة</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(اختر مصدراً)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة موضوع(&amp;A)…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة موضوع فرعي(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة تسمية(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تغيير اللون(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج في(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحميل دليل الترميز الأولي للقرار 1305(&amp;1)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لون الموضوع</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج الموضوع</translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نقل جميع استخدامات «%1» إلى:</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف الموضوع</translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هل تريد حذف «%1»؟ تحتفظ التعليقات التوضيحية بمقاطعها وملاحظاتها لكنها تفقد هذا الموضوع.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>My version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Their version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد تعارضات: لا شيء يحتاج إلى تسوية.</translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لماذا هذا تعارض</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاحتفاظ بنسختي(&amp;M)</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاحتفاظ بنسختهم(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;رفض كل التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;تطبيق كل التغييرات المعلّقة</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Draft block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كتلة المشروع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Review note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>تعليق المراجعة</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>النسخة اللغوية</translation>
    </message>
    <message>
        <source>Translated block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>الكتلة المترجمة</translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (معلّق: بانتظار التأكيد)</translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عدّل الطرفان هذا منذ آخر تبادل بينهما.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معلّق: الحزمة %1 تحذف أو تستبدل كثيرًا من صفوفك دفعة واحدة. نسختك باقية في مكانها؛ احتفظ بنسختهم لتطبيق التغيير.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معلّق: الحزمة %1 تنقل هذا إلى مسودة أو مساهمة أخرى. نسختك باقية في مكانها؛ احتفظ بنسختهم لنقله.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معلّق: الحزمة %1 تدّعي أنها تستبدل تعديلًا لك لم تشاركه قط. نسختك باقية في مكانها؛ احتفظ بنسختهم لتطبيقه.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (المعتمدة حالياً)</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>(as each file says)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(كما يذكر كل ملف)</translation>
    </message>
    <message>
        <source>Type a consultation or meeting, or choose a recent one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب مشاورة أو اجتماعاً، أو اختر واحداً من الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة أو الاجتماع(&amp;C):</translation>
    </message>
</context>
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation's contributions.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>إلى أي مشاورة أو اجتماع تنتمي العناصر المختارة (%n)؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
            <numerusform>إلى أي مشاورة أو اجتماع ينتمي العنصر المختار (%n)؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
            <numerusform>إلى أي مشاورة أو اجتماع ينتمي العنصران المختاران (%n)؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
            <numerusform>إلى أي مشاورة أو اجتماع تنتمي العناصر المختارة الـ %n؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
            <numerusform>إلى أي مشاورة أو اجتماع تنتمي العناصر المختارة الـ %n؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
            <numerusform>إلى أي مشاورة أو اجتماع تنتمي العناصر المختارة الـ %n؟ تقارن التغطية المشروع بمساهمات مشاورته.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>مشاورة أو اجتماع المساهمات المحددة (%n):</numerusform>
            <numerusform>مشاورة أو اجتماع المساهمة المحددة (%n):</numerusform>
            <numerusform>مشاورة أو اجتماع المساهمتين المحددتين (%n):</numerusform>
            <numerusform>مشاورة أو اجتماع المساهمات المحددة الـ %n:</numerusform>
            <numerusform>مشاورة أو اجتماع المساهمات المحددة الـ %n:</numerusform>
            <numerusform>مشاورة أو اجتماع المساهمات المحددة الـ %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>تحديد مشاورة %n مساهمة</numerusform>
            <numerusform>تحديد مشاورة %n مساهمة</numerusform>
            <numerusform>تحديد مشاورة %n مساهمتين</numerusform>
            <numerusform>تحديد مشاورة %n مساهمات</numerusform>
            <numerusform>تحديد مشاورة %n مساهمة</numerusform>
            <numerusform>تحديد مشاورة %n مساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مساهمة تنتمي الآن إلى «%1».</numerusform>
            <numerusform>%n مساهمة تنتمي الآن إلى «%1».</numerusform>
            <numerusform>%n مساهمتان تنتميان الآن إلى «%1».</numerusform>
            <numerusform>%n مساهمات تنتمي الآن إلى «%1».</numerusform>
            <numerusform>%n مساهمة تنتمي الآن إلى «%1».</numerusform>
            <numerusform>%n مساهمة تنتمي الآن إلى «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationUi</name>
    <message>
        <source>No contribution belongs to “%1”: coverage has nothing to check against. Set the consultation of contributions at import, or select them in the list and use Contribution ▸ Set consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا تنتمي أي مساهمة إلى «%1»: لا تجد التغطية ما تقارن به. حدِّد مشاورة المساهمات عند الاستيراد، أو حدِّدها في القائمة واستخدم المساهمة ▸ تحديد المشاورة…</translation>
    </message>
    <message>
        <source>Select contributions in the list first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حدِّد المساهمات في القائمة أولاً.</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>(none) %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(لا شيء) %1</translation>
    </message>
    <message>
        <source>No symbol yet (file %1). Edit details (F2) gives it one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد رمز بعد (الملف %1). يمكن منحها رمزاً عبر تحرير التفاصيل (F2).</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>empty file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملف فارغ</translation>
    </message>
    <message>
        <source>no text found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُعثر على نص</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>بيانات ثنائية، وليست نصاً</translation>
    </message>
    <message>
        <source>not a valid PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ليس ملف PDF صالحاً</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملف PDF مشفّر</translation>
    </message>
    <message>
        <source>no text layer (scanned?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد طبقة نص (ممسوح ضوئياً؟)</translation>
    </message>
    <message>
        <source>not a valid .docx (damaged or truncated archive)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ليس ملف .docx صالحاً (أرشيف تالف أو مبتور)</translation>
    </message>
    <message>
        <source>refused: the document declares XML entities (DTD)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: يعلن المستند عن كيانات XML (DTD)</translation>
    </message>
    <message>
        <source>encrypted Office file (password-protected)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملف Office مشفّر (محمي بكلمة مرور)</translation>
    </message>
    <message>
        <source>legacy Word .doc is not supported; save it as .docx</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صيغة Word القديمة .doc غير مدعومة؛ احفظه بصيغة .docx</translation>
    </message>
    <message>
        <source>no document part</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد جزء المستند</translation>
    </message>
    <message>
        <source>no document part ('%1' is missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد جزء المستند (‏'%1' مفقود)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 cannot be decoded)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ليس ملف .docx صالحاً (يتعذر فك ترميز %1)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 is not well-formed XML)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ليس ملف .docx صالحاً (%1 ليس XML سليم البنية)</translation>
    </message>
    <message>
        <source>refused: the archive has too many entries (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: يحتوي الأرشيف على عدد كبير جداً من العناصر (%1)</translation>
    </message>
    <message>
        <source>refused: reading the PDF text took too long</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: استغرقت قراءة نص ملف PDF وقتاً طويلاً جداً</translation>
    </message>
    <message>
        <source>refused: the PDF holds too much text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: يحتوي ملف PDF على نص أكثر من اللازم</translation>
    </message>
    <message>
        <source>too many pages (%1; the limit is %2)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عدد كبير جداً من الصفحات (%1؛ الحد الأقصى %2)</translation>
    </message>
    <message>
        <source>unsupported file type '%1'</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نوع ملف غير مدعوم '%1'</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملف كبير جداً (%1 ميغابايت؛ الحد الأقصى %2 ميغابايت)</translation>
    </message>
    <message>
        <source>file too large (%1 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملف كبير جداً (%1 ميغابايت)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تتعذر قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تتعذر القراءة (%1)</translation>
    </message>
    <message>
        <source>could not read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تعذرت قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>refused: not enough memory to read the file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: لا توجد ذاكرة كافية لقراءة الملف</translation>
    </message>
    <message>
        <source>refused: the file is nested too deeply</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض: تداخل الملف عميق جداً</translation>
    </message>
    <message>
        <source>no block of a known draft in it (was it exported from this store, with its bookmarks kept?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يحتوي على أي كتلة من مشروع معروف (هل صُدِّر من هذا المستودع مع الإبقاء على إشاراته المرجعية؟)</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة التي يُقارَن بها المشروع</translation>
    </message>
    <message>
        <source>The draft's consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشاورة المشروع</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مقارنة المشروع بالمشاورة من جديد</translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>قوائم التغطية</translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات التي لم يُستشهد بها بعد، والمواضيع التي ليس لها استنتاج، والاستنتاجات ذات المصدر الواحد أو بلا مصدر، والاستشهادات غير المحسومة؛ يعرض Enter على استنتاج الكتلة الخاصة به</translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات المستشهد بها، حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستنتاجات حسب الموضوع</translation>
    </message>
    <message>
        <source>all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المساهمات</translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مقارنةً بـ %1: استُشهد بـ %2، ولم يُستشهد بعد بـ %3.</translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُستشهد بها بعد</translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مواضيع بلا استنتاج</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (%2 تعليقات توضيحية)</translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استنتاجات تستند إلى مصدر واحد</translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استنتاجات لا تستشهد بأي مصدر</translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استشهادات غير محسومة</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فئة غير معروفة</translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستنتاجات: %1 · التعليقات التوضيحية: %2</translation>
    </message>
    <message>
        <source>%1 (no symbol)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (بلا رمز)</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يتعذر فتح المستودع</translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يتعذر على CWGI Desktop فتح %1:</translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودع مفقود. أُخذت أحدث نسخة احتياطية سليمة في %1؛ واستعادتها تعيد العمل المحفوظ حتى ذلك الحين.</translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودع مفقود ولم يُعثر على أي نسخة احتياطية سليمة منه. يمكنك فتح مستودع آخر أو إنشاء مستودع جديد فارغ.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُخذت أحدث نسخة احتياطية سليمة في %1. واستعادتها تعيد العمل المحفوظ حتى ذلك الحين؛ ويُحتفظ بالملف التالف بجانبها.</translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُعثر على أي نسخة احتياطية سليمة لهذا المستودع. يمكنك فتح مستودع آخر أو إنشاء مستودع جديد.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استعادة النسخة الاحتياطية(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح مستودع آخر(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء مستودع جديد فارغ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرحباً بكم في CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يساعدك CWGI Desktop على قراءة المساهمات المقدَّمة إلى مشاورة، وإضافة تعليقات توضيحية إليها، وصياغة ملخص يستشهد كل استنتاج فيه بمصادره.

مستودعك فارغ. هل تريد تحميل مشاورة تجريبية لتجربة كل شيء دفعة واحدة؟ تضم ست مساهمات قصيرة خيالية بلغات الاتحاد الست وبعض التعليقات التوضيحية. يمكنك حذفها لاحقاً، أو تحميلها من جديد من مساعدة ▸ تحميل المشاورة التجريبية.</translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحميل المشاورة التجريبية(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البدء بمستودع فارغ(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمتان</numerusform>
            <numerusform>%n مساهمات</numerusform>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n تعليق توضيحي</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
            <numerusform>%n تعليقان توضيحيان</numerusform>
            <numerusform>%n تعليقات توضيحية</numerusform>
            <numerusform>%n تعليقاً توضيحياً</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تفاصيل المشروع</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>رمز الوثيقة:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>سطر المصدر:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاجتماع:</translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المكان والتواريخ:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>بند جدول الأعمال:</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التاريخ (yyyy-mm-dd):</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الغرض:</translation>
    </message>
    <message>
        <source>Action required:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الإجراء المطلوب:</translation>
    </message>
    <message>
        <source>References:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المراجع:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملخص تحليلي</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستنتاجات الرئيسية</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مبادئ توجيهية</translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مساهمة مقدَّمة إلى المجلس</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تجميع</translation>
    </message>
    <message>
        <source>Heading</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فقرة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استنتاج</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مبدأ توجيهي</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>توصية</translation>
    </message>
    <message>
        <source>Annex</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملحق</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الكتابة</translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاريع</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع</translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع قيد التحرير</translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الأدلة والتغطية</translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الأدلة: المقاطع التي تستشهد بها الكتلة الحالية. التغطية: ما يستشهد به المشروع من المشاورة وما يغفله.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغطية</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُفظت جميع التغييرات.</translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد مشروع بعد: أنشئ مشروعاً باستعمال «مشروع جديد…».</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف المشروع</translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هل تريد حذف «%1»؟ يُحتفظ بنسخه.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستوى %1</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>غير محسوم: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُنشئت النسخة «%1».</translation>
    </message>
    <message>
        <source>New block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كتلة جديدة</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نقل الكتلة إلى أعلى</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نقل الكتلة إلى أسفل</translation>
    </message>
    <message>
        <source>Indent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>زيادة إزاحة الكتلة</translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنقاص إزاحة الكتلة</translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تغيير نوع الكتلة</translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج الكتل</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف الكتلة</translation>
    </message>
    <message>
        <source>Split block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تقسيم الكتلة</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استعادة «%1»</translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يتعذر الاستشهاد: %1</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشروع جديد…</translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشروع جديد انطلاقاً من قالب أو هيكل أو تجميع</translation>
    </message>
    <message>
        <source>Import Markdown draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مشروع Markdown…</translation>
    </message>
    <message>
        <source>A draft from a Markdown file (front matter optional)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشروع من ملف Markdown (البيانات الوصفية التمهيدية اختيارية)</translation>
    </message>
    <message>
        <source>Save now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الحفظ الآن</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this saves at once</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يُحفظ نصك أثناء الكتابة؛ وهذا الأمر يحفظه فوراً</translation>
    </message>
    <message>
        <source>Details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التفاصيل…</translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الرمز والاجتماع والغرض وغيرها من تفاصيل صفحة الغلاف</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف المشروع…</translation>
    </message>
    <message>
        <source>Take version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء نسخة…</translation>
    </message>
    <message>
        <source>Keep the draft as it stands, named, to compare or restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاحتفاظ بالمشروع على حالته الراهنة، باسم، لمقارنته أو استعادته</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ…</translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ المسماة: مقارنة، استعادة</translation>
    </message>
    <message>
        <source>New language version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسخة لغوية جديدة…</translation>
    </message>
    <message>
        <source>The draft in another of the six languages, block by block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع بلغة أخرى من اللغات الست، كتلةً كتلة</translation>
    </message>
    <message>
        <source>Mark translation up to date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم الترجمة بأنها محدَّثة</translation>
    </message>
    <message>
        <source>This block of a language version follows the original again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هذه الكتلة من النسخة اللغوية تتبع الأصل من جديد</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word بتنسيق الاتحاد، أو Markdown</translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تعليقات المراجعة…</translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تعليقات المشروع والتغييرات المقترحة عليه، عائدة من Word</translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كتلة جديدة بعد هذه الكتلة</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تقسيم</translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تقسيم الكتلة عند المؤشر</translation>
    </message>
    <message>
        <source>Merge</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج الكتلة التالية في هذه الكتلة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نقل إلى أعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نقل إلى أسفل</translation>
    </message>
    <message>
        <source>Indent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>زيادة الإزاحة</translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستوى أعمق (Tab في المخطط)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنقاص الإزاحة</translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستوى أعلى (Shift+Tab في المخطط)</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استشهاد…</translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إدراج استشهاد من المساهمات والتعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نوع الكتلة</translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نوع الكتلة الحالية</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع(&amp;D)</translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>قائمة المشروع</translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جديد، تفاصيل، نسخ، تصدير، تعليقات المراجعة، حذف</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع:</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الكتل</translation>
    </message>
    <message>
        <source>Saved. (Your text is also saved as you type.)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُفظ. (يُحفظ نصك أيضاً أثناء الكتابة.)</translation>
    </message>
    <message>
        <source>Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>محفوظ بالفعل: يُحفظ نصك أثناء الكتابة. يحتفظ Ctrl+Shift+S بنسخة مسماة.</translation>
    </message>
    <message>
        <source>Import a Markdown draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مشروع Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (*.md *.markdown *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استُورد «%1».</translation>
    </message>
    <message>
        <source>Unresolved citations: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استشهادات غير محسومة: %1</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>(no suggestions)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(لا توجد اقتراحات)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة إلى قاموسي</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد استشهاد في هذه الكتلة.</translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع المستشهد بها</translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كل المقاطع التي تستشهد بها الكتلة الحالية؛ يفتح Enter المقطع في القارئ</translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يتعذر عرض أي مقطع مستشهد به: لا تشير الاستشهادات إلى أي مساهمة مستوردة.</translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 من المقاطع من %2 من الوثائق. انقر على أحدها لفتحه في القارئ.</translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح %1 في القارئ</translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1 — غير محسوم: لا توجد مساهمة مستوردة تحمل هذا الرمز.</translation>
    </message>
    <message>
        <source>para %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الفقرة %1</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الوثيقة كاملة</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد عمل مشترك</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حزم CWGI (*%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النص</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Quote</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Block order</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ترتيب الكتل</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير «%1»</translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وثيقة Word بتنسيق الاتحاد (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة التسميات والتواريخ والاستشهادات في الوثيقة</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحذير بشأن اللغة</translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة ملحق يسرد مصادر كل استنتاج</translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين التعليقات التوضيحية كتعليقات Word</translation>
    </message>
    <message>
        <source>Font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الخط</translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وضع الشعار على صفحة الغلاف</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد معاينة بعد.</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معاينة الصفحة الأولى</translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الصفحة الأولى من الوثيقة كما يخرجها LibreOffice</translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معاينة الصفحة الأولى</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ثبِّت LibreOffice لعرض معاينة</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Export a draft copy anyway</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير نسخة مسودة على أي حال</translation>
    </message>
    <message>
        <source>Each unresolved citation is printed marked “[unresolved: @…]”, and the document opens with a draft-copy notice</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يُطبع كل استشهاد غير محسوم موسوماً بـ «[unresolved: @…]»، وتبدأ الوثيقة بإشعار يفيد بأنها نسخة مسودة</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التنسيق:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الخط:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>The draft is written in %1. Exporting in %2 changes only the fixed texts (labels, dates, citations); the text of the draft stays as written.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشروع مكتوب باللغة %1. التصدير باللغة %2 لا يغيّر إلا النصوص الثابتة (التسميات والتواريخ والاستشهادات)؛ ويبقى نص المشروع كما كُتب.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير إلى</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الوثائق (%1)</translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ جمع الوثائق المستشهد بها…</translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُصدَّر شيء: استشهادات غير محسومة %1 — لا توجد مساهمة مستوردة تحمل هذا الرمز.</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ كتابة الوثيقة…</translation>
    </message>
    <message>
        <source>LibreOffice is laying out the first page in the background; you can choose options or export meanwhile…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يُخرج LibreOffice الصفحة الأولى في الخلفية؛ ويمكنك في الأثناء اختيار الخيارات أو التصدير…</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ عرض الصفحة الأولى…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معاينة الصفحة الأولى كما يخرجها LibreOffice.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فشل التصدير: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Source type</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نوع المصدر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تعليقاتي التوضيحية(&amp;M)</translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات التي أضفت إليها تعليقات توضيحية فقط</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>غير المقروءة(&amp;U)</translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات التي لم تُقرأ بعد فقط</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عرض جميع المساهمات</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المشاورات</translation>
    </message>
    <message>
        <source>All languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع اللغات</translation>
    </message>
    <message>
        <source>All sources</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المصادر</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المواضيع</translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(موضوع لم يعد موجوداً في دليل الترميز)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ تحميل المشاورة التجريبية…</translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1, %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُمّلت المشاورة التجريبية: %1، %2.</translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة التجريبية موجودة بالفعل في هذا المستودع.</translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة التجريبية</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>Sharing: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاركة: %1</translation>
    </message>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>متزامن مع %n زميل</numerusform>
            <numerusform>متزامن مع %n زميل</numerusform>
            <numerusform>متزامن مع %n زميلين</numerusform>
            <numerusform>متزامن مع %n زملاء</numerusform>
            <numerusform>متزامن مع %n زميلاً</numerusform>
            <numerusform>متزامن مع %n زميل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>، %n لا يزال قيد الوصول</numerusform>
            <numerusform>، %n لا يزال قيد الوصول</numerusform>
            <numerusform>، %n لا يزالان قيد الوصول</numerusform>
            <numerusform>، %n لا تزال قيد الوصول</numerusform>
            <numerusform>، %n لا تزال قيد الوصول</numerusform>
            <numerusform>، %n لا تزال قيد الوصول</numerusform>
        </translation>
    </message>
    <message>
        <source>, last change %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>، آخر تغيير %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقتين</numerusform>
            <numerusform>منذ %n دقائق</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
            <numerusform>منذ %n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعتين</numerusform>
            <numerusform>منذ %n ساعات</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
            <numerusform>منذ %n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يوم</numerusform>
            <numerusform>منذ %n يومين</numerusform>
            <numerusform>منذ %n أيام</numerusform>
            <numerusform>منذ %n يوماً</numerusform>
            <numerusform>منذ %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Share through a &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاركة عبر مجلد(&amp;F)…</translation>
    </message>
    <message>
        <source>Keep this store in sync with colleagues through a folder you already share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إبقاء هذا المستودع متزامناً مع الزملاء عبر مجلد تتشاركونه بالفعل</translation>
    </message>
</context>
<context>
    <name>FolderSyncDialog</name>
    <message>
        <source>Share through a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاركة عبر مجلد</translation>
    </message>
    <message>
        <source>Choose a folder your working group already shares (OneDrive, SharePoint, Nextcloud, Syncthing, a network share). Each laptop writes its changes into its own subfolder there and reads the others'.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر مجلداً يتشاركه فريق عملك بالفعل (OneDrive أو SharePoint أو Nextcloud أو Syncthing أو مجلد مشترك على الشبكة). يكتب كل حاسوب محمول تغييراته في مجلد فرعي خاص به هناك ويقرأ تغييرات الآخرين.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المجلد المشترك</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختيار(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إيقاف المشاركة(&amp;S)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مزامنة الآن(&amp;N)</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الزملاء</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الزميل</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملفات المدمجة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Came in last time</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>آخر ما ورد</translation>
    </message>
    <message>
        <source>Not sharing through a folder.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا تتم المشاركة عبر مجلد.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُضيف %1، حُدِّث %2، تعارضات %3</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ التحضير للاستيراد…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الاستيراد</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>سيُلغى بعد الملف الحالي…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ استيراد %1 (%2 من %3)</translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد عمل مشترك</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عرض التعارضات(&amp;C)…</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُضيف: %1 · حُدِّث: %2 · دون تغيير: %3 · تعارضات: %4</translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عُلّقت تغييرات عددها %1: الحزمة تحذف أو تستبدل كثيرًا من صفوفك، أو تنقل صفوفًا إلى مكان آخر، أو تدّعي استبدال تعديلات لم تشاركها قط. لم يتغيّر شيء من عملك؛ أكّدها أو ارفضها في التعارضات.</translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُخذت أولًا نسخة أمان من المخزن: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُستورد شيء: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>انتهى الاستيراد</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستورد: %1 · مكرر: %2 · مرفوض: %3</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُلغي. </translation>
    </message>
    <message>
        <source>Import details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تفاصيل الاستيراد</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستورد (%1)</translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مكرر، موجود بالفعل في المستودع (%1)</translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>سبق استيراد الملف نفسه</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تم تخطيها (%1)</translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تسميات اللغة(&amp;O):</translation>
    </message>
    <message>
        <source>Labels of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تسميات اللغة</translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة التصدير التي تحرر نصوصها الثابتة</translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النصوص الثابتة لعمليات التصدير إلى Word (صفحة الغلاف والعناوين والاستشهادات). اكتب نصك في العمود الأخير؛ واتركه فارغاً للإبقاء على النص الافتراضي. أبقِ {placeholders} كما هي.</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تسميات التصدير</translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التسمية والنص الافتراضي ونصك؛ يحرر F2 نصك</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Default</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <source>Your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نصك</translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة تعيين هذه اللغة(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member State</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دولة عضو</translation>
    </message>
    <message>
        <source>Sector Member</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عضو القطاع</translation>
    </message>
    <message>
        <source>Academia</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الهيئات الأكاديمية</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الأمانة</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>New language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسخة لغوية جديدة</translation>
    </message>
    <message>
        <source>Language of the version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة النسخة:</translation>
    </message>
    <message>
        <source>The draft has a version in every language.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>للمشروع نسخة بكل لغة.</translation>
    </message>
    <message>
        <source>Version in %1 created: translate its blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُنشئت النسخة بلغة %1: ترجم كتلها.</translation>
    </message>
    <message>
        <source>%1 blocks of this version are older than the original's edits (marked ⚠ in the outline).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 من كتل هذه النسخة أقدم من تعديلات الأصل (موسومة بـ ⚠ في المخطط).</translation>
    </message>
    <message>
        <source>This block is not stale.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هذه الكتلة ليست متقادمة.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Other language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة أخرى</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستودع جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء ملف مستودع فارغ وفتحه</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح مستودع(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح ملف مستودع آخر</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودعات(&amp;S)…</translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودعات الأخيرة: فتح، إزالة من القائمة، إنشاء</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسخ احتياطي الآن(&amp;B)</translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حفظ نسخة من المستودع في مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستعادة من نسخة احتياطية(&amp;R)…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العودة إلى نسخة احتياطية تلقائية من هذا المستودع</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلف، اللغة، التصدير، النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد ملفات(&amp;I)…</translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مساهمات بصيغة .docx أو .pdf أو .txt أو .md</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مجلد(&amp;F)…</translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد كل المساهمات الموجودة في مجلد</translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشاركة التعليقات التوضيحية(&amp;S)…</translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حفظ تعليقاتك التوضيحية ومواضيعك ومشاريعك في ملف لزميل</translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد عمل مشترك(&amp;W)…</translation>
    </message>
    <message>
        <source>Merge a colleague's annotations, themes and drafts into this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دمج التعليقات التوضيحية والمواضيع والمشاريع الخاصة بزميل في هذا المستودع</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعارضات(&amp;C)…</translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تعديلات أُجريت على العنصر نفسه من حاسوبين محمولين، لتقوم بتسويتها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في جميع المساهمات(&amp;F)</translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في النص الكامل لكل مساهمة</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسم المؤلف(&amp;N)…</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاسم الذي تحمله تعليقاتك التوضيحية</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير التفاصيل(&amp;E)…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصحيح الرمز والعنوان والمصدر والتاريخ والمشاورة</translation>
    </message>
    <message>
        <source>Set &amp;consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحديد المشاورة(&amp;C)…</translation>
    </message>
    <message>
        <source>Give the contributions selected in the list one consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إسناد مشاورة واحدة إلى المساهمات المحددة في القائمة</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم كمقروءة/غير مقروءة(&amp;U)</translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم المساهمة المفتوحة كمقروءة أو غير مقروءة</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل الترميز(&amp;C)…</translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة المواضيع وإعادة تسميتها ودمجها وتغيير ألوانها</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تكبير(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصغير(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الحجم الفعلي(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الانتقال إلى القائمة(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الانتقال إلى القارئ(&amp;R)</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الانتقال إلى التعليقات التوضيحية(&amp;A)</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الانتقال إلى المتصفح(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الغرض من التطبيق، من الاستيراد إلى التصدير</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كل اختصارات لوحة المفاتيح في النافذة</translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحميل المشاورة التجريبية(&amp;D)</translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ست مساهمات قصيرة خيالية لتجربة التطبيق</translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حول CWGI Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح الأخيرة(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمة(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليق التوضيحي(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لون التمييز(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مساحات العمل</translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التبديل بين المساهمات والمشاريع</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات المطابقة لعوامل التصفية؛ يفتح Enter إحداها</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المتصفح</translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورات واللغات والمصادر والمواضيع والمؤلفون، مع أعدادها</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نص المساهمة</translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمة المفتوحة، فقرة فقرة؛ حدِّد مقطعاً لإضافة تعليق توضيحي إليه</translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في النص الكامل</translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب كلمات للعثور عليها في كل المساهمات؛ ينتقل السهم لأسفل إلى النتائج</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يفتح Enter النتيجة</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية للمساهمة المفتوحة؛ ينتقل Enter إلى المقطع</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مساهمات</translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات (%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد مجلد مساهمات</translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا يوجد مستودع آخر بعد</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المتصفح</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاريع</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمتان</numerusform>
            <numerusform>%n مساهمات</numerusform>
            <numerusform>%n مساهمة</numerusform>
            <numerusform>%n مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وُسمت كمقروءة</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وُسمت كغير مقروءة</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>هناك عملية استيراد جارية بالفعل.</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستورد %1، مكرر %2، مرفوض %3</translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ستحمل التعليقات التوضيحية الاسم %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خطأ: %1</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تفاصيل المساهمة</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>yyyy-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الرمز(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المصدر(&amp;O):</translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نوع المصدر(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة أو الاجتماع(&amp;C):</translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مثال: C26/77-F أو CWG-Internet-22/4-E</translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب التاريخ بالصيغة yyyy-mm-dd.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المتصفح</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المساهمات</translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورات والاجتماعات</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>Source types</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أنواع المصادر</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلفون</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تجميع المحتوى</translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حسب فئة أصحاب المصلحة</translation>
    </message>
    <message>
        <source>by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حسب الموضوع</translation>
    </message>
    <message>
        <source>Start from the kind's template</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البدء من قالب هذا النوع</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البدء فارغاً</translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation's annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>بناء هيكل من التعليقات التوضيحية للمشاورة</translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء تجميع المشاورة</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة:</translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر المشاورة التي يُبنى عليها.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Note text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نص الملاحظة</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يحفظ Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>OtherTools</name>
    <message>
        <source>Working…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Export for QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التصدير لبرمجيات تحليل البيانات النوعية (QDA)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشاريع REFI-QDA (*.qdpx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import from QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستيراد من برمجيات تحليل البيانات النوعية (QDA)</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير دليل الترميز</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أدلة ترميز REFI-QDA (*.qdc);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد دليل ترميز</translation>
    </message>
    <message>
        <source>Export contributions for Zotero</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير المساهمات لبرنامج Zotero</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CSL-JSON (*.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Other tools</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أدوات أخرى(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Export for QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التصدير لبرمجيات QDA (.qdpx)(&amp;E)…</translation>
    </message>
    <message>
        <source>Contributions, annotations and themes for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المساهمات والتعليقات التوضيحية والمواضيع لبرامج QualCoder وNVivo وATLAS.ti وMAXQDA</translation>
    </message>
    <message>
        <source>&amp;Import from QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستيراد من برمجيات QDA (.qdpx)(&amp;I)…</translation>
    </message>
    <message>
        <source>Sources, coded segments and notes of a REFI-QDA project</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مصادر مشروع REFI-QDA ومقاطعه المرمَّزة وملاحظاته</translation>
    </message>
    <message>
        <source>Export the &amp;codebook (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير دليل الترميز (.qdc)(&amp;C)…</translation>
    </message>
    <message>
        <source>The themes as a REFI-QDA codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع في صورة دليل ترميز REFI-QDA</translation>
    </message>
    <message>
        <source>Import a code&amp;book (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد دليل ترميز (.qdc)(&amp;B)…</translation>
    </message>
    <message>
        <source>Add a REFI-QDA codebook's codes as themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إضافة رموز دليل ترميز REFI-QDA كمواضيع</translation>
    </message>
    <message>
        <source>Export contributions for &amp;Zotero (CSL-JSON)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير المساهمات لبرنامج Zotero (CSL-JSON)(&amp;Z)…</translation>
    </message>
    <message>
        <source>Cite contributions from Zotero or pandoc</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستشهاد بالمساهمات من Zotero أو pandoc</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الملحق %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Stale: the original was edited after this translation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>متقادمة: عُدِّل الأصل بعد هذه الترجمة</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المخطط</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صفحات التفضيلات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عام(&amp;G)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التصدير(&amp;X)</translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تسميات التصدير(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ الاحتياطية(&amp;B)</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسم المؤلف</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاسم الذي تحمله تعليقاتك التوضيحية</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مثال: فلان الفلاني (سويسرا)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (لم تُترجم بعد)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة القوائم ومربعات الحوار</translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تُطبَّق لغة الواجهة الجديدة عند الضغط على موافق: تُعاد فتح النافذة بها.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ألوان فاتحة أو داكنة، أو حسب إعداد النظام</translation>
    </message>
    <message>
        <source>Mark &amp;misspelt words in drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تمييز الأخطاء الإملائية في المسودات(&amp;M)</translation>
    </message>
    <message>
        <source>Spell-check</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التدقيق الإملائي</translation>
    </message>
    <message>
        <source>Red wavy underlines under misspelt words, in the draft's language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خط أحمر متموج تحت الكلمات الخاطئة الإملاء، بلغة المسودة</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسمك(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة الواجهة(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المظهر(&amp;A):</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الإملاء:</translation>
    </message>
    <message>
        <source>The draft's own language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة المشروع نفسه</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة التصدير الافتراضية</translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة النصوص الثابتة في التصدير إلى Word</translation>
    </message>
    <message>
        <source>Export font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خط التصدير</translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خط متن عمليات التصدير إلى Word (تستخدم وثائق الاتحاد الخط Calibri)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صورة الشعار</translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صورة لصفحة الغلاف في عمليات التصدير إلى Word</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر صورة الشعار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لغة التصدير الافتراضية(&amp;L):</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خط التصدير(&amp;F):</translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صورة الشعار(&amp;O):</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مكان حفظ النسخ الاحتياطية التلقائية لمستودعاتك</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>عدد النسخ الاحتياطية المحتفظ بها</translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تُحذف النسخ الاحتياطية الأقدم للمستودع</translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>في كل مرة تُغلق فيها النافذة</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرة في اليوم</translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أبداً (غير مستحسن)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>متى تُنشأ النسخة الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخة الاحتياطية نسخة متسقة من المستودع تُنشأ أثناء عملك. يعيد الأمر ملف ▸ الاستعادة من نسخة احتياطية… إحداها.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مجلد النسخ الاحتياطية(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاحتفاظ بـ(&amp;K):</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ الاحتياطي(&amp;U):</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الصور (*.png *.jpg *.jpeg *.gif *.bmp);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نص المساهمة</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>القارئ</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخة اللغوية</translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ اللغوية الأخرى لهذه الوثيقة</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير التفاصيل…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصحيح الرمز والعنوان والمصدر والتاريخ والمشاورة</translation>
    </message>
    <message>
        <source>Version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخة:</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد مساهمة مفتوحة</translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر مساهمة من القائمة أو نتيجة بحث.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n فقرة</numerusform>
            <numerusform>%n فقرة</numerusform>
            <numerusform>%n فقرتان</numerusform>
            <numerusform>%n فقرات</numerusform>
            <numerusform>%n فقرة</numerusform>
            <numerusform>%n فقرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مقروءة</translation>
    </message>
    <message>
        <source>Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>غير مقروءة</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم كغير مقروءة</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم كمقروءة</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع ذات الصلة</translation>
    </message>
    <message>
        <source>Select a paragraph, an annotation or a finding.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حدِّد فقرة أو تعليقاً توضيحياً أو استنتاجاً.</translation>
    </message>
    <message>
        <source>Suggested themes (Enter accepts, Delete dismisses)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع المقترحة (يقبل Enter، ويرفض Delete)</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع المقترحة</translation>
    </message>
    <message>
        <source>Passages making the point of ¶%1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع التي تعبّر عن فكرة ¶%1</translation>
    </message>
    <message>
        <source>Passages making the point of the annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع التي تعبّر عن فكرة التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Passages making the point of the finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع التي تعبّر عن فكرة الاستنتاج</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ البحث عن مقاطع ذات صلة…</translation>
    </message>
    <message>
        <source>Nothing related yet: %1 of %2 paragraphs indexed.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا شيء ذو صلة بعد: فُهرست %1 من %2 فقرة.</translation>
    </message>
    <message>
        <source>No related passage found.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُعثر على أي مقطع ذي صلة.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>From %1 annotated passages nearby</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استناداً إلى %1 من المقاطع المعلَّق عليها القريبة</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختر النسخة الاحتياطية التي تريد العودة إليها. تُغلق النافذة، وتحل النسخة الاحتياطية محل المستودع، ثم تُفتح النافذة من جديد. ويُحتفظ بالملف الحالي بجانبها (ينتهي اسمه بـ «.replaced-» والتاريخ)، فلا يضيع شيء.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مجلد النسخ الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ الاحتياطية لهذا المستودع، الأحدث أولاً</translation>
    </message>
    <message>
        <source>Taken</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد نسخة احتياطية لهذا المستودع بعد.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استعادة هذه النسخة الاحتياطية(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد وثيقة مراجَعة(&amp;I)…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الكتلة</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغييرات المقترحة</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغيير في سياقه</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم كمنجز(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إعادة الفتح(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>قبول التغيير(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>رفض التغيير(&amp;J)</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مراجعة «%1»</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>منجز</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(المشروع كله)</translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 تعليقات مفتوحة، %2 تغييرات مقترحة مفتوحة</translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استيراد وثيقة مراجَعة</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وثائق Word (*.docx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُستورد شيء بعد.</translation>
    </message>
    <message>
        <source>Another draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مسودة أخرى</translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صُدّر «%1» من المسودة «%2» وليس من «%3». هل تريد استيراد تعليقاته وتغييراته إلى «%3» على أي حال؟</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء نسخة مسماة</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اسم هذه النسخة:</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسخة %1</translation>
    </message>
    <message>
        <source>added</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مُضاف</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>منقول</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مُعدَّل</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسخ المشروع</translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إنشاء نسخة…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مقارنة</translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نسختان محددتان: تُقارن إحداهما بالأخرى. نسخة واحدة: تُقارن بالمشروع في حالته الراهنة.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Export changes as Word…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير التغييرات إلى Word…</translation>
    </message>
    <message>
        <source>Export changes as Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير التغييرات إلى Word</translation>
    </message>
    <message>
        <source>A Word document with the changes since the selected version as tracked changes (two selected: from the older to the newer)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وثيقة Word تتضمن التغييرات منذ النسخة المحددة في صورة تغييرات متعقَّبة (عند تحديد نسختين: من الأقدم إلى الأحدث)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>&lt;span style="%1"&gt;deleted&lt;/span&gt; · &lt;span style="%2"&gt;inserted&lt;/span&gt;</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&lt;span style="%1"&gt;محذوف&lt;/span&gt; · &lt;span style="%2"&gt;مُدرج&lt;/span&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تلقائية</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصدير التغييرات إلى</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وثائق Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ كتابة الوثيقة…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُصدَّر شيء: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الآن</translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 من الكتل مختلفة</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في النص الكامل</translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث في جميع المساهمات (Ctrl+F)</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حسب المعنى</translation>
    </message>
    <message>
        <source>Search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث حسب المعنى</translation>
    </message>
    <message>
        <source>Also find passages that say the same thing in other words or other languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>العثور أيضاً على المقاطع التي تقول الشيء نفسه بكلمات أخرى أو بلغات أخرى</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ البحث…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد نتائج</translation>
    </message>
</context>
<context>
    <name>SemanticUi</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المقاطع ذات الصلة</translation>
    </message>
    <message>
        <source>Theme %1 added to the paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أُضيف الموضوع %1 إلى الفقرة</translation>
    </message>
    <message>
        <source>Theme %1 will not be suggested here again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لن يُقترح الموضوع %1 هنا مرة أخرى</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مشاركة التعليقات التوضيحية</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغييرات منذ فقط</translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التغييرات منذ تاريخ معيّن فقط</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مُعدَّل منذ</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جميع المشاورات</translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين النصوص الكاملة للمساهمات</translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين النصوص الكاملة</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين المشاريع</translation>
    </message>
    <message>
        <source>Include drafts that carry other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين المسودات التي تحمل ملاحظات مؤلفين آخرين</translation>
    </message>
    <message>
        <source>Include other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تضمين ملاحظات المؤلفين الآخرين</translation>
    </message>
    <message>
        <source>Drafts carrying other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مسودات تحمل ملاحظات مؤلفين آخرين</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المؤلف(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاورة(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حفظ الحزمة(&amp;S)…</translation>
    </message>
    <message>
        <source>No draft carries other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لا توجد مسودة تحمل ملاحظات مؤلفين آخرين.</translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحمل هذه المسودات ملاحظات مؤلفين آخرين وتُستبعد ما لم تُضمَّن: %1</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حفظ الحزمة</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حزم CWGI (*%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n تعليق توضيحي</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
            <numerusform>%n تعليقان توضيحيان</numerusform>
            <numerusform>%n تعليقات توضيحية</numerusform>
            <numerusform>%n تعليقاً توضيحياً</numerusform>
            <numerusform>%n تعليق توضيحي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n موضوع</numerusform>
            <numerusform>%n موضوع</numerusform>
            <numerusform>%n موضوعان</numerusform>
            <numerusform>%n مواضيع</numerusform>
            <numerusform>%n موضوعاً</numerusform>
            <numerusform>%n موضوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مشروع</numerusform>
            <numerusform>%n مشروع</numerusform>
            <numerusform>%n مشروعان</numerusform>
            <numerusform>%n مشاريع</numerusform>
            <numerusform>%n مشروعاً</numerusform>
            <numerusform>%n مشروع</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حُفظ %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>لم تُستبعد أي مسودة (%n) تحمل ملاحظات مؤلفين آخرين.</numerusform>
            <numerusform>استُبعدت مسودة واحدة (%n) تحمل ملاحظات مؤلفين آخرين.</numerusform>
            <numerusform>استُبعدت مسودتان (%n) تحملان ملاحظات مؤلفين آخرين.</numerusform>
            <numerusform>استُبعدت %n مسودات تحمل ملاحظات مؤلفين آخرين.</numerusform>
            <numerusform>استُبعدت %n مسودة تحمل ملاحظات مؤلفين آخرين.</numerusform>
            <numerusform>استُبعدت %n مسودة تحمل ملاحظات مؤلفين آخرين.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُحفظ: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>البحث(&amp;F):</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الإجراءات ومفاتيحها، حسب القائمة</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستودعات CWGI (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستودع جديد</translation>
    </message>
    <message>
        <source>Open store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح مستودع</translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودعات</translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودع ملف واحد يحوي المساهمات والتعليقات التوضيحية والمشاريع الخاصة بعملك. احتفظ بمستودع لكل مشاورة، أو بمستودع واحد لكل شيء.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودعات الأخيرة</translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المستودعات المفتوحة مؤخراً، الأحدث أولاً</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إزالة من القائمة(&amp;F)</translation>
    </message>
    <message>
        <source>Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>إزالة من هذه القائمة (لا يُحذف الملف)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستودع جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>فتح ملف آخر(&amp;F)…</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (مفتوح)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (مفقود)</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Upgrading the store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ ترقية المستودع…</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ترقية المستودع</translation>
    </message>
    <message>
        <source>Upgrading the store (step %1 of %2)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>جارٍ ترقية المستودع (الخطوة %1 من %2)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُستعد شيء: %1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>استُعيدت النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>مستودع جديد</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sharing status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حالة المشاركة</translation>
    </message>
    <message>
        <source>Share through a folder: click for each colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاركة عبر مجلد: انقر لعرض كل زميل</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تصفية المواضيع</translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>اكتب للتصفية، أو لتسمية موضوع جديد</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل الترميز</translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل الترميز فارغ: اكتب اسم موضوع، أو حمِّل دليل الترميز الأولي للقرار 1305 من التعليق التوضيحي ▸ دليل الترميز.</translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message>
        <source>Result</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ما تم تخطيه</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>كُتب %1: %n موضوع</numerusform>
            <numerusform>كُتب %1: %n موضوع</numerusform>
            <numerusform>كُتب %1: %n موضوع</numerusform>
            <numerusform>كُتب %1: %n موضوع</numerusform>
            <numerusform>كُتب %1: %n موضوع</numerusform>
            <numerusform>كُتب %1: %n موضوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
            <numerusform>كُتب %1: %n مساهمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>كُتب %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مصدر</numerusform>
            <numerusform>مصدر واحد (%n)</numerusform>
            <numerusform>مصدران (%n)</numerusform>
            <numerusform>%n مصادر</numerusform>
            <numerusform>%n مصدرًا</numerusform>
            <numerusform>%n مصدر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded selection(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n مقطع مرمّز</numerusform>
            <numerusform>مقطع مرمّز واحد (%n)</numerusform>
            <numerusform>مقطعان مرمّزان (%n)</numerusform>
            <numerusform>%n مقاطع مرمّزة</numerusform>
            <numerusform>%n مقطعًا مرمّزًا</numerusform>
            <numerusform>%n مقطع مرمّز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>رمز واحد (%n)</numerusform>
            <numerusform>رمزان (%n)</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n ملاحظة</numerusform>
            <numerusform>ملاحظة واحدة (%n)</numerusform>
            <numerusform>ملاحظتان (%n)</numerusform>
            <numerusform>%n ملاحظات</numerusform>
            <numerusform>%n ملاحظةً</numerusform>
            <numerusform>%n ملاحظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>لم يُضف أي موضوع (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف موضوع واحد (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف موضوعان (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت %n مواضيع (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف %n موضوعًا (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف %n موضوع (%1 موجودة من قبل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>لم تُضف أي مساهمة (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت مساهمة واحدة (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت مساهمتان (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت %n مساهمات (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت %n مساهمةً (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت %n مساهمة (%1 موجودة من قبل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>لم يُضف أي تعليق توضيحي (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف تعليق توضيحي واحد (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف تعليقان توضيحيان (%n) (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيفت %n تعليقات توضيحية (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف %n تعليقًا توضيحيًا (%1 موجودة من قبل)</numerusform>
            <numerusform>أُضيف %n تعليق توضيحي (%1 موجودة من قبل)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>لم يُتخطَّ أي عنصر (%n)</numerusform>
            <numerusform>تُخطّي عنصر واحد (%n)</numerusform>
            <numerusform>تُخطّي عنصران (%n)</numerusform>
            <numerusform>تُخطّيت %n عناصر</numerusform>
            <numerusform>تُخطّي %n عنصرًا</numerusform>
            <numerusform>تُخطّي %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>لم يُنفَّذ شيء: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملاحظة على «%1»</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>وسم «%1»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تمييز «%1»</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حذف التعليق التوضيحي «%1»</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>تحرير تفاصيل %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل مستخدم CWGI Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>دليل المستخدم</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>ملف ▸ استيراد ملفات… (Ctrl+I) أو أفلت الملفات في النافذة: مساهمات بصيغ .docx و.pdf و.txt و.md بأي من لغات الاتحاد الست. يُقرأ الرمز واللغة والمصدر والعنوان والتاريخ من الصفحة الأولى؛ صحّحها من المساهمة ▸ تحرير التفاصيل… (F2).</translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صفِّ القائمة حسب المشاورة أو اللغة أو المصدر أو الموضوع، أو ابحث في النص الكامل لكل مساهمة (Ctrl+F). يرقّم القارئ الفقرات ويعرض النسخ اللغوية الأخرى للوثيقة.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التعليق التوضيحي</translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>حدِّد مقطعاً وميّزه (Ctrl+H)، أو اكتب ملاحظة (Ctrl+Shift+N)، أو سِمه بمواضيع من دليل الترميز (Ctrl+T). يوضع تحت المقاطع المميزة خط، يكون متقطعاً إذا كانت تحمل ملاحظة، فتُقرأ حتى دون ألوان.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الصياغة</translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>في مساحة عمل المشاريع، اكتب ملخصاً تحليلياً أو استنتاجات رئيسية أو مبادئ توجيهية في صورة كتل مرقّمة.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>الاستشهاد</translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يستشهد كل استنتاج بالمساهمات التي يستند إليها ([@C26/77])؛ وتُظهر لوحة التغطية المدخلات التي لم تستشهد بها أي كتلة بعد.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>صدِّر مشروعاً إلى Word بتنسيق الاتحاد، بأي من اللغات الست، أو إلى Markdown. تحدد التفضيلات اللغة الافتراضية والخط والشعار والنصوص الثابتة للتنسيق.</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>أرسل تعليقاتك التوضيحية ومشاريعك إلى زميل في ملف حزمة واحد؛ ويؤدي استيراد الحزمة إلى دمجها مع عملك.</translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يحوّل التطبيق المدخلات المقدَّمة إلى مشاورة فريق CWG-Internet إلى نواتج موضوعية (ملخصات تحليلية واستنتاجات رئيسية ومبادئ توجيهية) تستشهد كل نقطة فيها بالمساهمات التي تستند إليها. ويعمل دون اتصال: لا يُجلب أي شيء من شبكة ولا يُرسل إليها.</translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يُحفظ كل شيء أولاً بأول في ملف مستودع واحد. تُنشأ نسخ احتياطية تلقائية عند إغلاق النافذة أو مرة في اليوم (التفضيلات ▸ النسخ الاحتياطية)؛ ويعيد الأمر ملف ▸ الاستعادة من نسخة احتياطية… إلى إحداها. ويتيح الأمران ملف ▸ مستودع جديد… وفتح مستودع… الاحتفاظ بمستودع لكل مشاورة.</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>يسرد الأمر مساعدة ▸ اختصارات لوحة المفاتيح جميع الاختصارات. ويوفر الأمر مساعدة ▸ تحميل المشاورة التجريبية مادةً لتجربة كل شيء.</translation>
    </message>
</context>
</TS>
