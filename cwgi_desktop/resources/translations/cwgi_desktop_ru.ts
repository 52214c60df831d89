<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>О программе CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop %1</translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU's Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Автономная рабочая среда для вкладов в Рабочую группу Совета МСЭ по международным вопросам государственной политики, касающимся интернета: читайте, ищите и аннотируйте их, а затем готовьте итоговые документы, в которых каждый вывод ссылается на свои источники. Ничто не покидает Ваш компьютер. Лицензия: MIT.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Библиотеки и их лицензии</translation>
    </message>
    <message>
        <source>Library</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Лицензия</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Purple</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Выделить</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выделить выбранный фрагмент</translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавить или изменить &amp;заметку…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Написать заметку к выбранному фрагменту</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Темы…</translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить выбранный фрагмент темами из кодовой книги</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Удалить аннотацию</translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить аннотацию в позиции курсора</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сначала выберите фрагмент в окне чтения.</translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выделено.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Заметка добавлена.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмечено.</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить темы</translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Чтобы удалить аннотацию, поместите на неё курсор.</translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотация удалена (Ctrl+Z вернёт её).</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить цвет</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Показать аннотации:</translation>
    </message>
    <message>
        <source>This contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Этот вклад</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все вклады</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить аннотацию</translation>
    </message>
    <message>
        <source>All authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все авторы</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All colours</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перейти к фрагменту</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ваши аннотации подписываются Вашим именем, чтобы докладчик, объединяющий аннотации нескольких делегатов, знал, кому они принадлежат. Его можно изменить позже в меню Правка ▸ Имя автора.</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя автора</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>например, Иван Петров (Швейцария)</translation>
    </message>
</context>
<context>
    <name>BackgroundIndexer</name>
    <message>
        <source>Indexing for search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Индексирование для поиска по смыслу</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ход индексирования</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Остановить индексирование</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes at the next import or the next start)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Остановить индексирование (оно возобновится при следующем импорте или следующем запуске)</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Остановка после этого пакета…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>При закрытии окна</translation>
    </message>
    <message>
        <source>Daily</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создана вручную</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перед обновлением</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст блока</translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст блока, выбранного в структуре, в формате Markdown. Tab вставляет табуляцию; Ctrl+Tab переходит к следующему элементу управления.</translation>
    </message>
    <message>
        <source>Type the block's text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите текст блока (Markdown). Ctrl+Shift+C вставляет ссылку.</translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: ссылка на документ %2</translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: неразрешённая ссылка — ни один импортированный вклад не имеет такого обозначения</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по вкладам и аннотациям</translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обозначение, название, источник, слова фрагмента…</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Найденные источники</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>весь документ</translation>
    </message>
    <message>
        <source>Citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Insert</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вставить</translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пункт документа:</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагмент</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>A passage is cited at its own paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагмент цитируется в своём собственном пункте</translation>
    </message>
    <message>
        <source>The paragraph cited in a whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пункт, цитируемый в документе целиком</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(выберите источник)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Добавить тему…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавить &amp;подтему…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>П&amp;ереименовать…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить &amp;цвет…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Загрузить начальную кодовую книгу по Резолюции &amp;1305</translation>
    </message>
    <message>
        <source>New theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Переименовать тему</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Цвет темы</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Объединить тему</translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перенести все использования «%1» в:</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить тему</translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить «%1»? Аннотации сохранят свои фрагменты и заметки, но лишатся этой темы.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>My version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Моя версия</translation>
    </message>
    <message>
        <source>Their version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Их версия</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Конфликтов нет: улаживать нечего.</translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Почему это конфликт</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Отклонить все задержанные</translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Применить все задержанные</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Draft block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Блок проекта</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Review note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Замечание рецензента</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Языковая версия</translation>
    </message>
    <message>
        <source>Translated block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Переведённый блок</translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (задержано: требует подтверждения)</translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обе стороны изменили это после последнего обмена.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Задержано: пакет %1 удаляет или заменяет сразу много ваших собственных строк. Ваша версия сохранена; оставьте их версию, чтобы применить изменение.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Задержано: пакет %1 переносит это в другой проект или другой вклад. Ваша версия сохранена; оставьте их версию, чтобы перенести.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Задержано: пакет %1 утверждает, что заменяет вашу правку, которой вы никогда не делились. Ваша версия сохранена; оставьте их версию, чтобы применить её.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Моя</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Их</translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (действует сейчас)</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>(as each file says)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(как указано в каждом файле)</translation>
    </message>
    <message>
        <source>Type a consultation or meeting, or choose a recent one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите консультацию или собрание либо выберите одно из недавних</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Консультация или собрание:</translation>
    </message>
</context>
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation's contributions.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>К какой консультации или собранию относится %n выбранный элемент? Охват сверяет проект с вкладами его консультации.</numerusform>
            <numerusform>К какой консультации или собранию относятся %n выбранных элемента? Охват сверяет проект с вкладами его консультации.</numerusform>
            <numerusform>К какой консультации или собранию относятся %n выбранных элементов? Охват сверяет проект с вкладами его консультации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Консультация или собрание %n выбранного вклада:</numerusform>
            <numerusform>Консультация или собрание %n выбранных вкладов:</numerusform>
            <numerusform>Консультация или собрание %n выбранных вкладов:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Задать консультацию для %n вклада</numerusform>
            <numerusform>Задать консультацию для %n вкладов</numerusform>
            <numerusform>Задать консультацию для %n вкладов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n вклад теперь относится к «%1».</numerusform>
            <numerusform>%n вклада теперь относятся к «%1».</numerusform>
            <numerusform>%n вкладов теперь относятся к «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationUi</name>
    <message>
        <source>No contribution belongs to “%1”: coverage has nothing to check against. Set the consultation of contributions at import, or select them in the list and use Contribution ▸ Set consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ни один вклад не относится к «%1»: охвату не с чем сверять. Задайте консультацию вкладов при импорте или выделите их в списке и воспользуйтесь командой Вклад ▸ Задать консультацию…</translation>
    </message>
    <message>
        <source>Select contributions in the list first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сначала выделите вклады в списке.</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>(none) %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(нет) %1</translation>
    </message>
    <message>
        <source>No symbol yet (file %1). Edit details (F2) gives it one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обозначения пока нет (файл %1). Его можно присвоить с помощью команды «Изменить сведения» (F2).</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>empty file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>пустой файл</translation>
    </message>
    <message>
        <source>no text found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>текст не найден</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>not a valid PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>недопустимый файл PDF</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>зашифрованный PDF</translation>
    </message>
    <message>
        <source>no text layer (scanned?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>нет текстового слоя (скан?)</translation>
    </message>
    <message>
        <source>not a valid .docx (damaged or truncated archive)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>недопустимый .docx (архив повреждён или обрезан)</translation>
    </message>
    <message>
        <source>refused: the document declares XML entities (DTD)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: документ объявляет сущности XML (DTD)</translation>
    </message>
    <message>
        <source>encrypted Office file (password-protected)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>зашифрованный файл Office (защищён паролем)</translation>
    </message>
    <message>
        <source>legacy Word .doc is not supported; save it as .docx</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>устаревший формат Word .doc не поддерживается; сохраните его как .docx</translation>
    </message>
    <message>
        <source>no document part</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>нет части документа</translation>
    </message>
    <message>
        <source>no document part ('%1' is missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>нет части документа (отсутствует «%1»)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 cannot be decoded)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>недопустимый .docx (%1 не удаётся декодировать)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 is not well-formed XML)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>недопустимый .docx (%1 — некорректный XML)</translation>
    </message>
    <message>
        <source>refused: the archive has too many entries (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: в архиве слишком много элементов (%1)</translation>
    </message>
    <message>
        <source>refused: reading the PDF text took too long</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: чтение текста PDF заняло слишком много времени</translation>
    </message>
    <message>
        <source>refused: the PDF holds too much text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: PDF содержит слишком много текста</translation>
    </message>
    <message>
        <source>too many pages (%1; the limit is %2)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>слишком много страниц (%1; предел — %2)</translation>
    </message>
    <message>
        <source>unsupported file type '%1'</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>неподдерживаемый тип файла «%1»</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>файл слишком большой (%1 МБ; предел — %2 МБ)</translation>
    </message>
    <message>
        <source>file too large (%1 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>файл слишком большой (%1 МБ)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>не удаётся прочитать файл (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>не удаётся прочитать (%1)</translation>
    </message>
    <message>
        <source>could not read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>не удалось прочитать файл (%1)</translation>
    </message>
    <message>
        <source>refused: not enough memory to read the file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: недостаточно памяти для чтения файла</translation>
    </message>
    <message>
        <source>refused: the file is nested too deeply</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено: слишком глубокая вложенность файла</translation>
    </message>
    <message>
        <source>no block of a known draft in it (was it exported from this store, with its bookmarks kept?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>в нём нет ни одного блока известного проекта (был ли он экспортирован из этого хранилища с сохранением закладок?)</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация, с которой сверяется проект</translation>
    </message>
    <message>
        <source>The draft's consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация проекта</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Снова сверить проект с консультацией</translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Списки охвата</translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ещё не процитированные вклады, темы без выводов, выводы с одним источником или без источников, неразрешённые ссылки; Enter на выводе показывает его блок</translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Процитированные вклады по группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выводы по темам</translation>
    </message>
    <message>
        <source>all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>все вклады</translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Относительно %1: процитировано %2, ещё не процитировано %3.</translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ещё не процитированы</translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы без выводов</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (аннотаций: %2)</translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выводы, опирающиеся на один источник</translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выводы без ссылок на источники</translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Неразрешённые ссылки</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Неизвестная группа</translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>выводов: %1 · аннотаций: %2</translation>
    </message>
    <message>
        <source>%1 (no symbol)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (без обозначения)</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Не удаётся открыть хранилище</translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop не может открыть %1:</translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранилище отсутствует. Последняя исправная резервная копия создана %1; её восстановление вернёт работу, сохранённую до этого момента.</translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранилище отсутствует, и исправной резервной копии не найдено. Вы можете открыть другое хранилище или создать новое, пустое.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Последняя исправная резервная копия создана %1. Её восстановление вернёт работу, сохранённую до этого момента; повреждённый файл сохраняется рядом.</translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Исправной резервной копии этого хранилища не найдено. Вы можете открыть другое хранилище или создать новое.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Восстановить резервную копию</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создать &amp;новое, пустое хранилище</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добро пожаловать в CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop помогает читать вклады в консультацию, аннотировать их и готовить резюме, в котором каждый вывод ссылается на свои источники.

Ваше хранилище пусто. Загрузить демонстрационную консультацию, чтобы сразу опробовать все функции? Она содержит шесть коротких вымышленных вкладов на шести языках МСЭ и несколько аннотаций. Вы можете удалить их позже или загрузить снова через меню Справка ▸ Загрузить демонстрационную консультацию.</translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Загрузить демонстрационную консультацию</translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Начать с пустого хранилища</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n вклад</numerusform>
            <numerusform>%n вклада</numerusform>
            <numerusform>%n вкладов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сведения о проекте</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обозначение документа:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Строка источника:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Собрание:</translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Место и даты:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пункт повестки дня:</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Дата (гггг-мм-дд):</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Action required:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Требуемые действия:</translation>
    </message>
    <message>
        <source>References:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Справочные материалы:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация:</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык:</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аналитическое резюме</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Основные выводы</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Руководящие указания</translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклад для Совета</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Подборка</translation>
    </message>
    <message>
        <source>Heading</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Руководящее указание</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Annex</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Приложение</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пр&amp;оект</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ввод текста</translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Редактируемый проект</translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обоснование и охват</translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обоснование: фрагменты, на которые ссылается текущий блок. Охват: что из консультации проект цитирует и что оставляет без внимания.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все изменения сохранены.</translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проектов пока нет: создайте проект командой «Новый проект…».</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить «%1»? Его версии сохранятся.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>уровень %1</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>не разрешено: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версия «%1» создана.</translation>
    </message>
    <message>
        <source>New block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый блок</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Переместить блок вверх</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Переместить блок вниз</translation>
    </message>
    <message>
        <source>Indent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Увеличить отступ блока</translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Уменьшить отступ блока</translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить тип блока</translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Объединить блоки</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить блок</translation>
    </message>
    <message>
        <source>Split block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Разделить блок</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Восстановить «%1»</translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Невозможно сослаться: %1</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый проект на основе шаблона, заготовки или подборки</translation>
    </message>
    <message>
        <source>Import Markdown draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировать проект в формате Markdown…</translation>
    </message>
    <message>
        <source>A draft from a Markdown file (front matter optional)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект из файла Markdown (начальные метаданные необязательны)</translation>
    </message>
    <message>
        <source>Save now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранить сейчас</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this saves at once</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст сохраняется по мере ввода; эта команда сохраняет его немедленно</translation>
    </message>
    <message>
        <source>Details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сведения…</translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обозначение, собрание, цель и другие сведения титульной страницы</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить проект…</translation>
    </message>
    <message>
        <source>Take version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создать версию…</translation>
    </message>
    <message>
        <source>Keep the draft as it stands, named, to compare or restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранить проект в текущем состоянии под именем, чтобы сравнить или восстановить его</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версии…</translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Именованные версии: сравнение, восстановление</translation>
    </message>
    <message>
        <source>New language version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новая языковая версия…</translation>
    </message>
    <message>
        <source>The draft in another of the six languages, block by block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект на другом из шести языков, блок за блоком</translation>
    </message>
    <message>
        <source>Mark translation up to date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить перевод как актуальный</translation>
    </message>
    <message>
        <source>This block of a language version follows the original again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Этот блок языковой версии снова соответствует оригиналу</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word в формате МСЭ или Markdown</translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Замечания рецензентов…</translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Комментарии и предлагаемые изменения проекта, полученные из Word</translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый блок после текущего</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Разделить блок в позиции курсора</translation>
    </message>
    <message>
        <source>Merge</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Присоединить следующий блок к текущему</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Indent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Увеличить отступ</translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>На уровень глубже (Tab в структуре)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Уменьшить отступ</translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>На уровень выше (Shift+Tab в структуре)</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сослаться…</translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вставить ссылку на вклады и аннотации</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип блока</translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип текущего блока</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пр&amp;оект</translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Меню «Проект»</translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создание, сведения, версии, экспорт, замечания рецензентов, удаление</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект:</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Блоки</translation>
    </message>
    <message>
        <source>Saved. (Your text is also saved as you type.)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранено. (Текст также сохраняется по мере ввода.)</translation>
    </message>
    <message>
        <source>Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Уже сохранено: текст сохраняется по мере ввода. Ctrl+Shift+S сохраняет именованную версию.</translation>
    </message>
    <message>
        <source>Import a Markdown draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт проекта в формате Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (*.md *.markdown *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировано: «%1».</translation>
    </message>
    <message>
        <source>Unresolved citations: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Неразрешённые ссылки: %1</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>(no suggestions)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(нет вариантов)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавить в мой словарь</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>В этом блоке нет ссылок.</translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Процитированные фрагменты</translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все фрагменты, на которые ссылается текущий блок; Enter открывает фрагмент в окне чтения</translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Невозможно показать процитированные фрагменты: ссылки не указывают ни на один импортированный вклад.</translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагментов: %1, документов: %2. Щёлкните фрагмент, чтобы открыть его в окне чтения.</translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открыть %1 в окне чтения</translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1 — не разрешено: ни один импортированный вклад не имеет такого обозначения.</translation>
    </message>
    <message>
        <source>para %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>п. %1</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>весь документ</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт общей работы</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пакеты CWGI (*%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Quote</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Block order</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Порядок блоков</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт «%1»</translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документ Word в формате МСЭ (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык надписей, дат и ссылок документа</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предупреждение о языке</translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавить приложение со списком источников каждого вывода</translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить аннотации как примечания Word</translation>
    </message>
    <message>
        <source>Font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Шрифт</translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поместить логотип на титульную страницу</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предварительного просмотра пока нет.</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предварительный просмотр первой страницы</translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Первая страница документа в вёрстке LibreOffice</translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Просмотреть первую страницу</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Установите LibreOffice для предварительного просмотра</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export a draft copy anyway</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Всё равно экспортировать черновую копию</translation>
    </message>
    <message>
        <source>Each unresolved citation is printed marked “[unresolved: @…]”, and the document opens with a draft-copy notice</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Каждая неразрешённая ссылка печатается с пометкой «[unresolved: @…]», а в начале документа помещается уведомление о черновой копии</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Шрифт:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>The draft is written in %1. Exporting in %2 changes only the fixed texts (labels, dates, citations); the text of the draft stays as written.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект написан на языке: %1. Экспорт на языке %2 меняет только постоянные тексты (надписи, даты, ссылки); текст проекта остаётся таким, как написан.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документы (%1)</translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сбор процитированных документов…</translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не экспортировано: неразрешённые ссылки %1 — ни один импортированный вклад не имеет такого обозначения.</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Запись документа…</translation>
    </message>
    <message>
        <source>LibreOffice is laying out the first page in the background; you can choose options or export meanwhile…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>LibreOffice выполняет вёрстку первой страницы в фоновом режиме; тем временем Вы можете выбрать параметры или выполнить экспорт…</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отрисовка первой страницы…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Готово.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предварительный просмотр первой страницы в вёрстке LibreOffice.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сбой экспорта: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Source type</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип источника</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Мои аннотации</translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Только вклады, которые я аннотировал(а)</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Непрочитанные</translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Только ещё не прочитанные вклады</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Показать все вклады</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все консультации</translation>
    </message>
    <message>
        <source>All languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All sources</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все источники</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(тема, которой больше нет в кодовой книге)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Загрузка демонстрационной консультации…</translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1, %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Демонстрационная консультация загружена: %1, %2.</translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Демонстрационная консультация уже есть в этом хранилище.</translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Демонстрационная консультация</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>Sharing: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Совместная работа: %1</translation>
    </message>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Синхронизировано с %n коллегой</numerusform>
            <numerusform>Синхронизировано с %n коллегами</numerusform>
            <numerusform>Синхронизировано с %n коллегами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>, ещё поступает: %n</numerusform>
            <numerusform>, ещё поступает: %n</numerusform>
            <numerusform>, ещё поступает: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>, last change %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>, последнее изменение %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Share through a &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Общий доступ через &amp;папку…</translation>
    </message>
    <message>
        <source>Keep this store in sync with colleagues through a folder you already share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Синхронизировать это хранилище с коллегами через папку, к которой у Вас уже есть общий доступ</translation>
    </message>
</context>
<context>
    <name>FolderSyncDialog</name>
    <message>
        <source>Share through a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Общий доступ через папку</translation>
    </message>
    <message>
        <source>Choose a folder your working group already shares (OneDrive, SharePoint, Nextcloud, Syncthing, a network share). Each laptop writes its changes into its own subfolder there and reads the others'.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите папку, к которой у Вашей рабочей группы уже есть общий доступ (OneDrive, SharePoint, Nextcloud, Syncthing, сетевая папка). Каждый ноутбук записывает свои изменения в собственную подпапку и читает изменения остальных.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Общая папка</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Прекратить общий доступ</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Коллега</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Объединено файлов</translation>
    </message>
    <message>
        <source>Last change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Came in last time</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Последнее поступление</translation>
    </message>
    <message>
        <source>Not sharing through a folder.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Общий доступ через папку не используется.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавлено: %1, обновлено: %2, конфликтов: %3</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Подготовка импорта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмена после текущего файла…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт %1 (%2 из %3)</translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт общей работы</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Итоги импорта</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Показать &amp;конфликты…</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавлено: %1 · Обновлено: %2 · Без изменений: %3 · Конфликты: %4</translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Задержано изменений: %1. Пакет удаляет или заменяет много ваших собственных строк, переносит строки в другое место или утверждает, что заменяет правки, которыми вы не делились. Ваши данные не изменены; подтвердите или отклоните их в конфликтах.</translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сначала создана резервная копия хранилища: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не импортировано: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировано: %1 · Дубликаты: %2 · Отклонено: %3</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отменено. </translation>
    </message>
    <message>
        <source>Import details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Подробности импорта</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировано (%1)</translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Дубликаты, уже имеющиеся в хранилище (%1)</translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>этот файл уже импортирован</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отклонено (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пропущены (%1)</translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Надписи &amp;для:</translation>
    </message>
    <message>
        <source>Labels of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Надписи для</translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык экспорта, постоянные тексты которого Вы редактируете</translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Постоянные тексты экспорта в Word (титульная страница, заголовки, ссылки). Впишите свой текст в последний столбец; оставьте его пустым, чтобы сохранить текст по умолчанию. Оставляйте {placeholders} без изменений.</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Надписи экспорта</translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Надпись, текст по умолчанию и Ваш текст; F2 изменяет Ваш текст</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Надпись</translation>
    </message>
    <message>
        <source>Default</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ваш текст</translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Сбросить этот язык</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member State</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Государство-Член</translation>
    </message>
    <message>
        <source>Sector Member</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Член Сектора</translation>
    </message>
    <message>
        <source>Academia</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Академические организации</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Гражданское общество</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Секретариат</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>New language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новая языковая версия</translation>
    </message>
    <message>
        <source>Language of the version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык версии:</translation>
    </message>
    <message>
        <source>The draft has a version in every language.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>У проекта есть версия на каждом языке.</translation>
    </message>
    <message>
        <source>Version in %1 created: translate its blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версия на языке %1 создана: переведите её блоки.</translation>
    </message>
    <message>
        <source>%1 blocks of this version are older than the original's edits (marked ⚠ in the outline).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Блоков этой версии, более старых, чем правки оригинала (отмечены ⚠ в структуре): %1.</translation>
    </message>
    <message>
        <source>This block is not stale.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Этот блок не устарел.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Other language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Другой язык</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создать пустой файл хранилища и открыть его</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Открыть хранилище…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открыть другой файл хранилища</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Хранилища…</translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Недавние хранилища: открыть, забыть, создать</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранить копию хранилища в папке резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вернуться к автоматической резервной копии этого хранилища</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Автор, язык, экспорт, резервные копии</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировать вклады в форматах .docx, .pdf, .txt или .md</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировать п&amp;апку…</translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировать все вклады из папки</translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>По&amp;делиться аннотациями…</translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранить Ваши аннотации, темы и проекты в файл для коллеги</translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировать общую ра&amp;боту…</translation>
    </message>
    <message>
        <source>Merge a colleague's annotations, themes and drafts into this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Объединить аннотации, темы и проекты коллеги с этим хранилищем</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Конфликты…</translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменения одного и того же элемента на двух ноутбуках, которые Вам нужно уладить</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Найти во всех вкладах</translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по полному тексту всех вкладов</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Имя автора…</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя, которым подписываются Ваши аннотации</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Изменить сведения…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Исправить обозначение, название, источник, дату, консультацию</translation>
    </message>
    <message>
        <source>Set &amp;consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Задать &amp;консультацию…</translation>
    </message>
    <message>
        <source>Give the contributions selected in the list one consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Назначить вкладам, выделенным в списке, одну консультацию</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить как прочитанный/&amp;непрочитанный</translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить открытый вклад как прочитанный или непрочитанный</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Кодовая книга…</translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавление, переименование, объединение тем и изменение их цвета</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перейти к &amp;списку</translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перейти к окну &amp;чтения</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перейти к &amp;аннотациям</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Перейти к &amp;навигатору</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Для чего предназначено приложение: от импорта до экспорта</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все сочетания клавиш окна</translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Загрузить &amp;демонстрационную консультацию</translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Шесть коротких вымышленных вкладов, чтобы опробовать приложение</translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;О программе CWGI Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>В&amp;клад</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Аннотирование</translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Цвет выделения</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Рабочие области</translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Переключение между вкладами и проектами</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклады</translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклады, соответствующие фильтрам; Enter открывает вклад</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультации, языки, источники, темы и авторы с подсчётом</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст вклада</translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открытый вклад по пунктам; выделите фрагмент, чтобы аннотировать его</translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по полному тексту</translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите слова, чтобы найти их во всех вкладах; стрелка вниз переходит к результатам</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Enter открывает результат</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации открытого вклада; Enter переходит к фрагменту</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт вкладов</translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклады (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт папки с вкладами</translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Других хранилищ пока нет</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклады</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проекты</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n вклад</numerusform>
            <numerusform>%n вклада</numerusform>
            <numerusform>%n вкладов</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмечен как прочитанный</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмечен как непрочитанный</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт уже выполняется.</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импортировано: %1, дубликатов: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотации будут подписаны именем %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сведения о вкладе</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>гггг-мм-дд</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Обозначение:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Источник:</translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Тип источника:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Консультация или собрание:</translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>например, C26/77-F или CWG-Internet-22/4-E</translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите дату в формате гггг-мм-дд.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все вклады</translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультации и собрания</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Source types</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Типы источников</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Авторы</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Группировать подборку</translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>по группам заинтересованных сторон</translation>
    </message>
    <message>
        <source>by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>по темам</translation>
    </message>
    <message>
        <source>Start from the kind's template</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Начать с шаблона этого типа</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Начать с пустого</translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation's annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Построить заготовку по аннотациям консультации</translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сформировать подборку материалов консультации</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация:</translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите консультацию, на основе которой строится проект.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Note text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ctrl+Enter сохраняет.</translation>
    </message>
</context>
<context>
    <name>OtherTools</name>
    <message>
        <source>Working…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Export for QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт для программ качественного анализа (QDA)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проекты REFI-QDA (*.qdpx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import from QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт из программ качественного анализа (QDA)</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт кодовой книги</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Кодовые книги REFI-QDA (*.qdc);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт кодовой книги</translation>
    </message>
    <message>
        <source>Export contributions for Zotero</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт вкладов для Zotero</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CSL-JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Other tools</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Другие инструменты</translation>
    </message>
    <message>
        <source>&amp;Export for QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Экспорт для программ QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Contributions, annotations and themes for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Вклады, аннотации и темы для QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
    </message>
    <message>
        <source>&amp;Import from QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Импорт из программ QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Sources, coded segments and notes of a REFI-QDA project</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Источники, закодированные сегменты и заметки проекта REFI-QDA</translation>
    </message>
    <message>
        <source>Export the &amp;codebook (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт &amp;кодовой книги (.qdc)…</translation>
    </message>
    <message>
        <source>The themes as a REFI-QDA codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы в виде кодовой книги REFI-QDA</translation>
    </message>
    <message>
        <source>Import a code&amp;book (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт кодовой к&amp;ниги (.qdc)…</translation>
    </message>
    <message>
        <source>Add a REFI-QDA codebook's codes as themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Добавить коды кодовой книги REFI-QDA в качестве тем</translation>
    </message>
    <message>
        <source>Export contributions for &amp;Zotero (CSL-JSON)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт вкладов для &amp;Zotero (CSL-JSON)…</translation>
    </message>
    <message>
        <source>Cite contributions from Zotero or pandoc</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ссылаться на вклады из Zotero или pandoc</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Приложение %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Stale: the original was edited after this translation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Устарело: оригинал был изменён после этого перевода</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Структура</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Страницы параметров</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Общие</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Надписи экспорта</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Резервные копии</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя автора</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя, которым подписываются Ваши аннотации</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>например, Иван Петров (Швейцария)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык системы (%1)</translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (ещё не переведено)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык меню и диалоговых окон</translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новый язык интерфейса применяется после нажатия кнопки ОК: окно откроется заново на этом языке.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Светлые или тёмные цвета либо как в системе</translation>
    </message>
    <message>
        <source>Mark &amp;misspelt words in drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отмечать &amp;орфографические ошибки в проектах</translation>
    </message>
    <message>
        <source>Spell-check</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проверка орфографии</translation>
    </message>
    <message>
        <source>Red wavy underlines under misspelt words, in the draft's language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Красное волнистое подчеркивание слов с ошибками, на языке проекта</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Оформл&amp;ение:</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Орфография:</translation>
    </message>
    <message>
        <source>The draft's own language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Собственный язык проекта</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык экспорта по умолчанию</translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Язык постоянных текстов при экспорте в Word</translation>
    </message>
    <message>
        <source>Export font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Шрифт экспорта</translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Основной шрифт экспорта в Word (в документах МСЭ используется Calibri)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изображение логотипа</translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изображение для титульной страницы при экспорте в Word</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите изображение логотипа</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удалить логотип</translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Язык экспорта по умолчанию:</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Шрифт экспорта:</translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Изображение логотипа:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Куда сохраняются автоматические резервные копии Ваших хранилищ</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите папку резервных копий</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранить резервных копий</translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Более старые резервные копии хранилища удаляются</translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>При каждом закрытии окна</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Раз в день</translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Никогда (не рекомендуется)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Когда создаётся автоматическая резервная копия</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервная копия — это согласованная копия хранилища, создаваемая во время работы. Команда Файл ▸ Восстановить из резервной копии… возвращает одну из них.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Папка резервных копий:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Хранить:</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервное &amp;копирование:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif *.bmp);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предварительный просмотр</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Текст вклада</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Окно чтения</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Языковая версия</translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Другие языковые версии этого документа</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменить сведения…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Исправить обозначение, название, источник, дату, консультацию</translation>
    </message>
    <message>
        <source>Version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Нет открытого вклада</translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите вклад в списке или результат поиска.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Прочитан</translation>
    </message>
    <message>
        <source>Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Не прочитан</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить как непрочитанный</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить как прочитанный</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Связанные фрагменты</translation>
    </message>
    <message>
        <source>Select a paragraph, an annotation or a finding.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите пункт, аннотацию или вывод.</translation>
    </message>
    <message>
        <source>Suggested themes (Enter accepts, Delete dismisses)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предлагаемые темы (Enter – принять, Delete – отклонить)</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предлагаемые темы</translation>
    </message>
    <message>
        <source>Passages making the point of ¶%1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагменты, выражающие ту же мысль, что и ¶%1</translation>
    </message>
    <message>
        <source>Passages making the point of the annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагменты, выражающие ту же мысль, что и аннотация</translation>
    </message>
    <message>
        <source>Passages making the point of the finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фрагменты, выражающие ту же мысль, что и вывод</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск связанных фрагментов…</translation>
    </message>
    <message>
        <source>Nothing related yet: %1 of %2 paragraphs indexed.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Связанных фрагментов пока нет: проиндексировано пунктов – %1 из %2.</translation>
    </message>
    <message>
        <source>No related passage found.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Связанные фрагменты не найдены.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>From %1 annotated passages nearby</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>На основе близлежащих аннотированных фрагментов: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выберите резервную копию, к которой нужно вернуться. Окно закроется, резервная копия займёт место хранилища, и окно откроется снова. Текущий файл сохраняется рядом (его имя заканчивается на «.replaced-» и дату), поэтому ничего не теряется.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Папка резервных копий: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервные копии этого хранилища, сначала новые</translation>
    </message>
    <message>
        <source>Taken</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Размер</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервных копий этого хранилища пока нет.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Восстановить эту резервную копию</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Рецензирование</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Импортировать рецензированный документ…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Предлагаемые изменения</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменение в контексте</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметить как &amp;выполненное</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открыть &amp;снова</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Принять изменение</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Отклонить изменение</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Рецензирование «%1»</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>открыто</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>принято</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(весь проект)</translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открытых комментариев: %1, открытых предлагаемых изменений: %2</translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт рецензированного документа</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пока ничего не импортировано.</translation>
    </message>
    <message>
        <source>Another draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Другой проект</translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>«%1» экспортирован из проекта «%2», а не из «%3». Всё равно импортировать его комментарии и изменения в «%3»?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создание именованной версии</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Имя этой версии:</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версия от %1</translation>
    </message>
    <message>
        <source>added</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>удалено</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>изменено</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Версии проекта</translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Создать версию…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выбраны две версии: они сравниваются между собой. Одна: она сравнивается с текущим состоянием проекта.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Export changes as Word…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт изменений в Word…</translation>
    </message>
    <message>
        <source>Export changes as Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт изменений в Word</translation>
    </message>
    <message>
        <source>A Word document with the changes since the selected version as tracked changes (two selected: from the older to the newer)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документ Word с изменениями после выбранной версии в режиме записи исправлений (если выбраны две: от более старой к более новой)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&lt;span style="%1"&gt;deleted&lt;/span&gt; · &lt;span style="%2"&gt;inserted&lt;/span&gt;</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&lt;span style="%1"&gt;удалено&lt;/span&gt; · &lt;span style="%2"&gt;вставлено&lt;/span&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспортировать изменения в</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Запись документа…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Различающихся блоков: %1</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по полному тексту</translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по всем вкладам (Ctrl+F)</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>По смыслу</translation>
    </message>
    <message>
        <source>Search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск по смыслу</translation>
    </message>
    <message>
        <source>Also find passages that say the same thing in other words or other languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Находить также фрагменты, в которых то же самое сказано другими словами или на других языках</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>SemanticUi</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Связанные фрагменты</translation>
    </message>
    <message>
        <source>Theme %1 added to the paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема %1 добавлена к пункту</translation>
    </message>
    <message>
        <source>Theme %1 will not be suggested here again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Тема %1 больше не будет предлагаться здесь</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Поделиться аннотациями</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Только изменения с</translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Только изменения с указанной даты</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменено с</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Все консультации</translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить полные тексты вкладов</translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить полные тексты</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить проекты</translation>
    </message>
    <message>
        <source>Include drafts that carry other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить проекты, содержащие заметки других авторов</translation>
    </message>
    <message>
        <source>Include other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Включить заметки других авторов</translation>
    </message>
    <message>
        <source>Drafts carrying other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проекты, содержащие заметки других авторов</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Консультация:</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Сохранить пакет…</translation>
    </message>
    <message>
        <source>No draft carries other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ни один проект не содержит заметок других авторов.</translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Эти проекты содержат заметки других авторов и не включаются, если их не добавить: %1</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранение пакета</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Пакеты CWGI (*%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n аннотация</numerusform>
            <numerusform>%n аннотации</numerusform>
            <numerusform>%n аннотаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n тема</numerusform>
            <numerusform>%n темы</numerusform>
            <numerusform>%n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n проект</numerusform>
            <numerusform>%n проекта</numerusform>
            <numerusform>%n проектов</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сохранено в %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Не включён %n проект с заметками других авторов.</numerusform>
            <numerusform>Не включены %n проекта с заметками других авторов.</numerusform>
            <numerusform>Не включено %n проектов с заметками других авторов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите текст для фильтрации</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фильтр сочетаний клавиш</translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Действия и их клавиши по меню</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранилища CWGI (*.sqlite3 *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <source>Open store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открыть хранилище</translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранилища</translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Хранилище — это один файл, содержащий вклады, аннотации и проекты Вашей работы. Держите по одному на консультацию или одно для всего.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Недавние хранилища</translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Недавно открытые хранилища, сначала последние</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Забыть</translation>
    </message>
    <message>
        <source>Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Забыть</translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Убрать из этого списка (файл не удаляется)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Открыть другой &amp;файл…</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (открыто)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (отсутствует)</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Upgrading the store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обновление хранилища…</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обновление хранилища</translation>
    </message>
    <message>
        <source>Upgrading the store (step %1 of %2)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Обновление хранилища (шаг %1 из %2)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Резервная копия %1 восстановлена.</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Новое хранилище</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sharing status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Состояние совместной работы</translation>
    </message>
    <message>
        <source>Share through a folder: click for each colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Общий доступ через папку: щёлкните, чтобы увидеть каждого коллегу</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фильтр тем</translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Введите текст для фильтрации или название новой темы</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Кодовая книга пуста: введите название темы или загрузите начальную кодовую книгу по Резолюции 1305 через меню Аннотирование ▸ Кодовая книга.</translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message>
        <source>Result</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Что пропущено</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%1 записан: %n тема</numerusform>
            <numerusform>%1 записан: %n темы</numerusform>
            <numerusform>%1 записан: %n тем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%1 записан: %n вклад</numerusform>
            <numerusform>%1 записан: %n вклада</numerusform>
            <numerusform>%1 записан: %n вкладов</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 записан: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded selection(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n закодированный фрагмент</numerusform>
            <numerusform>%n закодированных фрагмента</numerusform>
            <numerusform>%n закодированных фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n код</numerusform>
            <numerusform>%n кода</numerusform>
            <numerusform>%n кодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n заметка</numerusform>
            <numerusform>%n заметки</numerusform>
            <numerusform>%n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Добавлена %n тема (уже были: %1)</numerusform>
            <numerusform>Добавлено %n темы (уже были: %1)</numerusform>
            <numerusform>Добавлено %n тем (уже были: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Добавлен %n вклад (уже были: %1)</numerusform>
            <numerusform>Добавлено %n вклада (уже были: %1)</numerusform>
            <numerusform>Добавлено %n вкладов (уже были: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Добавлена %n аннотация (уже были: %1)</numerusform>
            <numerusform>Добавлено %n аннотации (уже были: %1)</numerusform>
            <numerusform>Добавлено %n аннотаций (уже были: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Пропущен %n элемент</numerusform>
            <numerusform>Пропущено %n элемента</numerusform>
            <numerusform>Пропущено %n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ничего не сделано: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Заметка к «%1»</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отметка «%1»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выделение «%1»</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Удаление аннотации «%1»</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Изменение сведений %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Руководство пользователя CWGI Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Файл ▸ Импортировать файлы… (Ctrl+I) или перетащите файлы в окно: вклады в форматах .docx, .pdf, .txt и .md на любом из шести языков МСЭ. Обозначение, язык, источник, название и дата считываются с первой страницы; исправьте их командой Вклад ▸ Изменить сведения… (F2).</translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Фильтруйте список по консультации, языку, источнику или теме либо ищите по полному тексту всех вкладов (Ctrl+F). Окно чтения нумерует пункты и предлагает другие языковые версии документа.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Аннотирование</translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Выделите фрагмент и пометьте его цветом (Ctrl+H), напишите заметку (Ctrl+Shift+N) или отметьте его темами из кодовой книги (Ctrl+T). Выделения подчёркиваются, а при наличии заметки — пунктиром, поэтому они различимы и без цвета.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Проект</translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>В рабочей области «Проекты» составьте аналитическое резюме, основные выводы или руководящие указания в виде нумерованных блоков.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Каждый вывод ссылается на вклады, на которых он основан ([@C26/77]); панель охвата показывает, на какие материалы ещё не ссылается ни один блок.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Экспортируйте проект в Word в формате МСЭ на любом из шести языков или в Markdown. В параметрах задаются язык по умолчанию, шрифт, логотип и постоянные тексты макета.</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Совместная работа</translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Отправьте свои аннотации и проекты коллеге одним файлом-пакетом; при импорте пакет объединяется с Вашей работой.</translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Приложение превращает материалы консультации CWG-Internet в содержательные итоговые документы (аналитические резюме, основные выводы, руководящие указания), в которых каждое положение ссылается на вклады, на которых оно основано. Оно работает автономно: ничего не загружается из сети и не отправляется в сеть.</translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Всё сохраняется по ходу работы в одном файле хранилища. Автоматические резервные копии создаются при закрытии окна или раз в день (Параметры ▸ Резервные копии); команда Файл ▸ Восстановить из резервной копии… возвращает одну из них. Команды Файл ▸ Новое хранилище… и Открыть хранилище… позволяют вести отдельное хранилище для каждой консультации.</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Справка ▸ Сочетания клавиш перечисляет все сочетания клавиш. Справка ▸ Загрузить демонстрационную консультацию даёт материал, на котором можно всё опробовать.</translation>
    </message>
</context>
</TS>
