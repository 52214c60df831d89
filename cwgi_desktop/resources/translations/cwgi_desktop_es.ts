<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Acerca de CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop %1</translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU's Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un entorno de trabajo sin conexión para las contribuciones al Grupo de Trabajo del Consejo de la UIT sobre cuestiones de política pública internacional relacionadas con Internet: léalas, búsquelas y anótelas, y luego redacte documentos de resultados en los que cada conclusión cite sus fuentes. Nada sale de su computadora. Licencia: MIT.</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bibliotecas y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Licencia</translation>
    </message>
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Purple</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Morado</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Resaltar</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resaltar el pasaje seleccionado</translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir o editar &amp;nota…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escribir una nota sobre el pasaje seleccionado</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Temas…</translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetar el pasaje seleccionado con temas del libro de códigos</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Eliminar anotación</translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar la anotación situada en el cursor</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Seleccione primero un pasaje en el lector.</translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resaltado.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nota añadida.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetado.</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambiar temas</translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sitúe el cursor sobre una anotación para eliminarla.</translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotación eliminada (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambiar color</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mostrar anotaciones de</translation>
    </message>
    <message>
        <source>This contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Esta contribución</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todas las contribuciones</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Color</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar anotación</translation>
    </message>
    <message>
        <source>All authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los autores</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>All colours</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los colores</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ir al pasaje</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sus anotaciones llevan su nombre, para que un relator que fusione las anotaciones de varios delegados sepa de quién es cada una. Puede cambiarlo más adelante en Edición ▸ Nombre del autor.</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>p. ej., Juana Pérez (Suiza)</translation>
    </message>
</context>
<context>
    <name>BackgroundIndexer</name>
    <message>
        <source>Indexing for search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Indexando para la búsqueda por significado</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Progreso de la indexación</translation>
    </message>
    <message>
        <source>Stop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detener la indexación</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes at the next import or the next start)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detener la indexación (se reanuda en la próxima importación o en el próximo inicio)</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Deteniendo tras este lote…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copia de seguridad guardada: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La copia de seguridad ha fallado: %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <source>Daily</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Hecha manualmente</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Antes de una actualización</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Texto del bloque</translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El texto del bloque elegido en el esquema, en Markdown. Tab inserta una tabulación; Ctrl+Tab pasa al siguiente control.</translation>
    </message>
    <message>
        <source>Type the block's text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba el texto del bloque (Markdown). Ctrl+Mayús+C inserta una cita.</translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: cita el documento %2</translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1: cita sin resolver — ninguna contribución importada tiene esa signatura</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Insertar una cita</translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar en contribuciones y anotaciones</translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Signatura, título, fuente, palabras de un pasaje…</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuentes encontradas</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>documento completo</translation>
    </message>
    <message>
        <source>Citation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Insert</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Insertar</translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Párrafo de un documento:</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cita:</translation>
    </message>
    <message>
        <source>Document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>A passage is cited at its own paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un pasaje se cita en su propio párrafo</translation>
    </message>
    <message>
        <source>The paragraph cited in a whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El párrafo citado en un documento completo</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(elija una fuente)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Añadir tema…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir s&amp;ubtema…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambiar c&amp;olor…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cargar el libro de códigos inicial de la Resolución &amp;1305</translation>
    </message>
    <message>
        <source>New theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambiar nombre del tema</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Color del tema</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fusionar tema</translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Trasladar todos los usos de «%1» a:</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar tema</translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>¿Eliminar «%1»? Las anotaciones conservan sus pasajes y notas, pero pierden este tema.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>My version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Their version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sin conflictos: no hay nada que resolver.</translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Por qué es un conflicto</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conservar la &amp;mía</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conservar la &amp;suya</translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Rechazar todo lo retenido</translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Aplicar todo lo retenido</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Draft block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bloque del proyecto</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Review note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Comentario de revisión</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Versión lingüística</translation>
    </message>
    <message>
        <source>Translated block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment><translation>Bloque traducido</translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (retenido: por confirmar)</translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ambas partes lo editaron desde su último intercambio.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Retenido: el paquete %1 elimina o sustituye muchas de sus propias filas a la vez. La suya sigue en su lugar; conserve la de ellos para aplicar el cambio.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Retenido: el paquete %1 mueve esto a otro borrador u otra contribución. La suya sigue en su lugar; conserve la de ellos para moverlo.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Retenido: el paquete %1 afirma sustituir una edición suya que nunca compartió. La suya sigue en su lugar; conserve la de ellos para aplicarla.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Suya</translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation> (vigente ahora)</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>(as each file says)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(según indique cada archivo)</translation>
    </message>
    <message>
        <source>Type a consultation or meeting, or choose a recent one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba una consulta o reunión, o elija una reciente</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Consulta o reunión:</translation>
    </message>
</context>
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation's contributions.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>¿A qué consulta o reunión pertenece el elemento elegido (%n)? La cobertura coteja un proyecto con las contribuciones de su consulta.</numerusform>
            <numerusform>¿A qué consulta o reunión pertenecen los %n elementos elegidos? La cobertura coteja un proyecto con las contribuciones de su consulta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>La consulta o reunión de la %n contribución seleccionada:</numerusform>
            <numerusform>La consulta o reunión de las %n contribuciones seleccionadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Establecer la consulta de %n contribución</numerusform>
            <numerusform>Establecer la consulta de %n contribuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n contribución pertenece ahora a «%1».</numerusform>
            <numerusform>%n contribuciones pertenecen ahora a «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationUi</name>
    <message>
        <source>No contribution belongs to “%1”: coverage has nothing to check against. Set the consultation of contributions at import, or select them in the list and use Contribution ▸ Set consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ninguna contribución pertenece a «%1»: la cobertura no tiene con qué cotejar. Establezca la consulta de las contribuciones al importarlas, o selecciónelas en la lista y utilice Contribución ▸ Establecer consulta…</translation>
    </message>
    <message>
        <source>Select contributions in the list first.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Seleccione primero contribuciones en la lista.</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>(none) %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(ninguna) %1</translation>
    </message>
    <message>
        <source>No symbol yet (file %1). Edit details (F2) gives it one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún sin signatura (archivo %1). Editar detalles (F2) le asigna una.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>empty file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <source>no text found</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no se encontró texto</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>datos binarios, no texto</translation>
    </message>
    <message>
        <source>not a valid PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no es un PDF válido</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>PDF cifrado</translation>
    </message>
    <message>
        <source>no text layer (scanned?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>sin capa de texto (¿escaneado?)</translation>
    </message>
    <message>
        <source>not a valid .docx (damaged or truncated archive)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no es un .docx válido (archivo dañado o truncado)</translation>
    </message>
    <message>
        <source>refused: the document declares XML entities (DTD)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: el documento declara entidades XML (DTD)</translation>
    </message>
    <message>
        <source>encrypted Office file (password-protected)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>archivo de Office cifrado (protegido con contraseña)</translation>
    </message>
    <message>
        <source>legacy Word .doc is not supported; save it as .docx</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>el formato antiguo .doc de Word no se admite; guárdelo como .docx</translation>
    </message>
    <message>
        <source>no document part</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>sin parte de documento</translation>
    </message>
    <message>
        <source>no document part ('%1' is missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>sin parte de documento (falta «%1»)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 cannot be decoded)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no es un .docx válido (%1 no se puede descodificar)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 is not well-formed XML)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no es un .docx válido (%1 no es XML bien formado)</translation>
    </message>
    <message>
        <source>refused: the archive has too many entries (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: el archivo comprimido tiene demasiadas entradas (%1)</translation>
    </message>
    <message>
        <source>refused: reading the PDF text took too long</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: la lectura del texto del PDF tardó demasiado</translation>
    </message>
    <message>
        <source>refused: the PDF holds too much text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: el PDF contiene demasiado texto</translation>
    </message>
    <message>
        <source>too many pages (%1; the limit is %2)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>demasiadas páginas (%1; el límite es %2)</translation>
    </message>
    <message>
        <source>unsupported file type '%1'</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>tipo de archivo no admitido «%1»</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>archivo demasiado grande (%1 MB; el límite es %2 MB)</translation>
    </message>
    <message>
        <source>file too large (%1 MB)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>archivo demasiado grande (%1 MB)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no se puede leer el archivo (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>could not read the file (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no se pudo leer el archivo (%1)</translation>
    </message>
    <message>
        <source>refused: not enough memory to read the file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: no hay memoria suficiente para leer el archivo</translation>
    </message>
    <message>
        <source>refused: the file is nested too deeply</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado: el archivo tiene un anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>no block of a known draft in it (was it exported from this store, with its bookmarks kept?)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no contiene ningún bloque de un proyecto conocido (¿se exportó desde este almacén, conservando sus marcadores?)</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La consulta con la que se coteja el proyecto</translation>
    </message>
    <message>
        <source>The draft's consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La consulta del proyecto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Volver a cotejar el proyecto con la consulta</translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Listas de cobertura</translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones aún no citadas, temas sin conclusión, conclusiones con una o ninguna fuente, citas sin resolver; Intro en una conclusión muestra su bloque</translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones citadas, por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conclusiones por tema</translation>
    </message>
    <message>
        <source>all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>todas las contribuciones</translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Respecto de %1: %2 citadas, %3 aún no citadas.</translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no citadas</translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas sin conclusión</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (%2 anotaciones)</translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conclusiones basadas en una sola fuente</translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conclusiones que no citan ninguna fuente</translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Citas sin resolver</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Grupo desconocido</translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>conclusiones: %1 · anotaciones: %2</translation>
    </message>
    <message>
        <source>%1 (no symbol)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (sin signatura)</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se puede abrir el almacén</translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop no puede abrir %1:</translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Falta el almacén. La copia de seguridad válida más reciente se hizo el %1; al restaurarla se recupera el trabajo guardado hasta entonces.</translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Falta el almacén y no se ha encontrado ninguna copia de seguridad válida. Puede abrir otro almacén o crear uno nuevo vacío.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La copia de seguridad válida más reciente se hizo el %1. Al restaurarla se recupera el trabajo guardado hasta entonces; el archivo dañado se conserva a su lado.</translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha encontrado ninguna copia de seguridad válida de este almacén. Puede abrir otro almacén o crear uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Abrir otro almacén…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear un almacén &amp;nuevo vacío</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Le damos la bienvenida a CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CWGI Desktop le ayuda a leer las contribuciones a una consulta, anotarlas y redactar un resumen en el que cada conclusión cite sus fuentes.

Su almacén está vacío. ¿Desea cargar una consulta de demostración para probarlo todo de una vez? Contiene seis contribuciones ficticias breves en los seis idiomas de la UIT y algunas anotaciones. Puede eliminarlas más adelante o volver a cargarlas desde Ayuda ▸ Cargar la consulta de demostración.</translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Cargar la consulta de demostración</translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Empezar con un almacén vacío</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n contribución</numerusform>
            <numerusform>%n contribuciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detalles del proyecto</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Signatura del documento:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Línea de origen:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Reunión:</translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Lugar y fechas:</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Punto del orden del día:</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fecha (aaaa-mm-dd):</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Objeto:</translation>
    </message>
    <message>
        <source>Action required:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Decisión solicitada:</translation>
    </message>
    <message>
        <source>References:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Referencias:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resumen analítico</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conclusiones principales</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Directrices</translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribución al Consejo</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>Heading</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Directriz</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Annex</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anexo</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Proyecto</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escritura</translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El proyecto en edición</translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pruebas y cobertura</translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pruebas: los pasajes que cita el bloque actual. Cobertura: lo que el proyecto cita y lo que deja fuera de la consulta.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no hay ningún proyecto: cree uno con «Nuevo proyecto…».</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar proyecto</translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>¿Eliminar «%1»? Sus versiones se conservan.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>sin resolver: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión «%1» creada.</translation>
    </message>
    <message>
        <source>New block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo bloque</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Subir bloque</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bajar bloque</translation>
    </message>
    <message>
        <source>Indent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aumentar sangría del bloque</translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Reducir sangría del bloque</translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambiar tipo de bloque</translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fusionar bloques</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar bloque</translation>
    </message>
    <message>
        <source>Split block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Dividir bloque</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Restaurar «%1»</translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se puede citar: %1</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un nuevo proyecto a partir de una plantilla, una estructura o una compilación</translation>
    </message>
    <message>
        <source>Import Markdown draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar proyecto Markdown…</translation>
    </message>
    <message>
        <source>A draft from a Markdown file (front matter optional)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un proyecto a partir de un archivo Markdown (metadatos iniciales opcionales)</translation>
    </message>
    <message>
        <source>Save now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this saves at once</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Su texto se guarda mientras escribe; esto lo guarda de inmediato</translation>
    </message>
    <message>
        <source>Details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Signatura, reunión, objeto y otros detalles de la portada</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar proyecto…</translation>
    </message>
    <message>
        <source>Take version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear versión…</translation>
    </message>
    <message>
        <source>Keep the draft as it stands, named, to compare or restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Conservar el proyecto en su estado actual, con un nombre, para compararlo o restaurarlo</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versiones…</translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versiones con nombre: comparar, restaurar</translation>
    </message>
    <message>
        <source>New language version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nueva versión lingüística…</translation>
    </message>
    <message>
        <source>The draft in another of the six languages, block by block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El proyecto en otro de los seis idiomas, bloque a bloque</translation>
    </message>
    <message>
        <source>Mark translation up to date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar la traducción como actualizada</translation>
    </message>
    <message>
        <source>This block of a language version follows the original again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Este bloque de una versión lingüística vuelve a seguir al original</translation>
    </message>
    <message>
        <source>Export…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Word con el formato de la UIT, o Markdown</translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comentarios de revisión…</translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comentarios y cambios sugeridos del proyecto, de vuelta desde Word</translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un nuevo bloque después de este</translation>
    </message>
    <message>
        <source>Split</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Dividir el bloque en el cursor</translation>
    </message>
    <message>
        <source>Merge</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fusionar el bloque siguiente con este</translation>
    </message>
    <message>
        <source>Move up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Indent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aumentar sangría</translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un nivel más abajo (Tab en el esquema)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Reducir sangría</translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un nivel más arriba (Mayús+Tab en el esquema)</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Citar…</translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Insertar una cita de las contribuciones y anotaciones</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipo de bloque</translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El tipo del bloque actual</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Menú Proyecto</translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo, detalles, versiones, exportar, comentarios de revisión, eliminar</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bloques</translation>
    </message>
    <message>
        <source>Saved. (Your text is also saved as you type.)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardado. (Su texto también se guarda mientras escribe.)</translation>
    </message>
    <message>
        <source>Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ya está guardado: su texto se guarda mientras escribe. Ctrl+Shift+S conserva una versión con nombre.</translation>
    </message>
    <message>
        <source>Import a Markdown draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar un proyecto Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (*.md *.markdown *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Se ha importado «%1».</translation>
    </message>
    <message>
        <source>Unresolved citations: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Citas sin resolver: %1</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>(no suggestions)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir a mi diccionario</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No hay ninguna cita en este bloque.</translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes citados</translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los pasajes que cita el bloque actual; Intro abre uno en el lector</translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se puede mostrar ningún pasaje citado: las citas no remiten a ninguna contribución importada.</translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 pasaje(s) de %2 documento(s). Haga clic en uno para abrirlo en el lector.</translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Abrir %1 en el lector</translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>@%1 — sin resolver: ninguna contribución importada tiene esa signatura.</translation>
    </message>
    <message>
        <source>para %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>párr. %1</translation>
    </message>
    <message>
        <source>whole document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>documento completo</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar trabajo compartido</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Paquetes CWGI (*%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Color</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Level</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Quote</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Block order</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Orden de los bloques</translation>
    </message>
    <message>
        <source>Changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Documento Word con el formato de la UIT (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El idioma de las etiquetas, fechas y citas del documento</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Advertencia sobre el idioma</translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir un anexo con las fuentes de cada conclusión</translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir las anotaciones como comentarios de Word</translation>
    </message>
    <message>
        <source>Font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuente tipográfica</translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Poner el logotipo en la portada</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no hay vista previa.</translation>
    </message>
    <message>
        <source>First page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La primera página del documento, tal como la compone LibreOffice</translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Instale LibreOffice para ver una vista previa</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export a draft copy anyway</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar de todos modos una copia provisional</translation>
    </message>
    <message>
        <source>Each unresolved citation is printed marked “[unresolved: @…]”, and the document opens with a draft-copy notice</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cada cita sin resolver se imprime marcada «[unresolved: @…]» y el documento comienza con un aviso de copia provisional</translation>
    </message>
    <message>
        <source>Format:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuente tipográfica:</translation>
    </message>
    <message>
        <source>File:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>The draft is written in %1. Exporting in %2 changes only the fixed texts (labels, dates, citations); the text of the draft stays as written.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El proyecto está redactado en %1. Exportar en %2 solo cambia los textos fijos (etiquetas, fechas, citas); el texto del proyecto se mantiene tal como está escrito.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Recopilando los documentos citados…</translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha exportado nada: citas sin resolver %1 — ninguna contribución importada tiene esa signatura.</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escribiendo el documento…</translation>
    </message>
    <message>
        <source>LibreOffice is laying out the first page in the background; you can choose options or export meanwhile…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>LibreOffice está componiendo la primera página en segundo plano; mientras tanto, puede elegir opciones o exportar…</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Generando la primera página…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Vista previa de la primera página, tal como la compone LibreOffice.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Error en la exportación: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source type</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Mis anotaciones</translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Solo las contribuciones que he anotado</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;No leídas</translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Solo las contribuciones aún no leídas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mostrar todas las contribuciones</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All sources</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>All themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(un tema que ya no figura en el libro de códigos)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cargando la consulta de demostración…</translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1, %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta de demostración cargada: %1, %2.</translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La consulta de demostración ya está en este almacén.</translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta de demostración</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>Sharing: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartición: %1</translation>
    </message>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Sincronizado con %n colega</numerusform>
            <numerusform>Sincronizado con %n colegas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>, %n aún por llegar</numerusform>
            <numerusform>, %n aún por llegar</numerusform>
        </translation>
    </message>
    <message>
        <source>, last change %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>, último cambio %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Share through a &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartir mediante una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Keep this store in sync with colleagues through a folder you already share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mantener este almacén sincronizado con colegas mediante una carpeta que ya comparten</translation>
    </message>
</context>
<context>
    <name>FolderSyncDialog</name>
    <message>
        <source>Share through a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartir mediante una carpeta</translation>
    </message>
    <message>
        <source>Choose a folder your working group already shares (OneDrive, SharePoint, Nextcloud, Syncthing, a network share). Each laptop writes its changes into its own subfolder there and reads the others'.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija una carpeta que su grupo de trabajo ya comparta (OneDrive, SharePoint, Nextcloud, Syncthing, un recurso compartido de red). Cada portátil escribe sus cambios en su propia subcarpeta y lee los de los demás.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Dejar de compartir</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Colegas</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Archivos fusionados</translation>
    </message>
    <message>
        <source>Last change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Came in last time</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Not sharing through a folder.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se comparte mediante una carpeta.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 añadidos, %2 actualizados, %3 conflictos</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Preparando la importación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Importing</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cancelando tras el archivo actual…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importando %1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar trabajo compartido</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Mostrar &amp;conflictos…</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadidos: %1 · Actualizados: %2 · Sin cambios: %3 · Conflictos: %4</translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Se retuvieron %1 cambios: el paquete elimina o sustituye muchas de sus propias filas, mueve filas a otro lugar o afirma sustituir ediciones que nunca compartió. No se modificó nada suyo; confírmelos o recházelos en los conflictos.</translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Primero se hizo una copia de seguridad del almacén: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importados: %1 · Duplicados: %2 · Rechazados: %3</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cancelada. </translation>
    </message>
    <message>
        <source>Import details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detalles de la importación</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importados (%1)</translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Duplicados, ya en el almacén (%1)</translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>el mismo archivo ya se importó</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Rechazados (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Omitidos (%1)</translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetas &amp;de:</translation>
    </message>
    <message>
        <source>Labels of</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetas de</translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El idioma de la exportación cuyos textos fijos edita</translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Los textos fijos de las exportaciones a Word (portada, encabezados, citas). Escriba su propio texto en la última columna; déjela vacía para mantener el texto predeterminado. Conserve los {placeholders} tal como están.</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetas de exportación</translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiqueta, texto predeterminado y su texto; F2 edita su texto</translation>
    </message>
    <message>
        <source>Label</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Default</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Your text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Su texto</translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Restablecer este idioma</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member State</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Estado Miembro</translation>
    </message>
    <message>
        <source>Sector Member</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Miembro de Sector</translation>
    </message>
    <message>
        <source>Academia</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Instituciones académicas</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sociedad civil</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Secretaría</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>New language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nueva versión lingüística</translation>
    </message>
    <message>
        <source>Language of the version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma de la versión:</translation>
    </message>
    <message>
        <source>The draft has a version in every language.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El proyecto tiene una versión en cada idioma.</translation>
    </message>
    <message>
        <source>Version in %1 created: translate its blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión en %1 creada: traduzca sus bloques.</translation>
    </message>
    <message>
        <source>%1 blocks of this version are older than the original's edits (marked ⚠ in the outline).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 bloques de esta versión son anteriores a las modificaciones del original (marcados con ⚠ en el esquema).</translation>
    </message>
    <message>
        <source>This block is not stale.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Este bloque no está desactualizado.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Other language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Otro idioma</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Nuevo almacén…</translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear un archivo de almacén vacío y abrirlo</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Abrir almacén…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Abrir otro archivo de almacén</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>A&amp;lmacenes…</translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Almacenes recientes: abrir, olvidar, crear</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardar una copia del almacén en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Volver a una copia de seguridad automática de este almacén</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Autor, idioma, exportación, copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar contribuciones .docx, .pdf, .txt o .md</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar todas las contribuciones de una carpeta</translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Co&amp;mpartir anotaciones…</translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardar sus anotaciones, temas y proyectos en un archivo para un colega</translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar &amp;trabajo compartido…</translation>
    </message>
    <message>
        <source>Merge a colleague's annotations, themes and drafts into this store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fusionar las anotaciones, temas y proyectos de un colega en este almacén</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Con&amp;flictos…</translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Modificaciones hechas en dos portátiles al mismo elemento, para que usted las resuelva</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Buscar en todas las contribuciones</translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar en el texto completo de todas las contribuciones</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Nombre del autor…</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El nombre que llevan sus anotaciones</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Editar detalles…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Corregir signatura, título, fuente, fecha, consulta</translation>
    </message>
    <message>
        <source>Set &amp;consultation…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Establecer &amp;consulta…</translation>
    </message>
    <message>
        <source>Give the contributions selected in the list one consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Asignar una misma consulta a las contribuciones seleccionadas en la lista</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar como leída/&amp;no leída</translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar la contribución abierta como leída o no leída</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Libro de códigos…</translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir, cambiar de nombre, fusionar y cambiar el color de los temas</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ir a la l&amp;ista</translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ir al lect&amp;or</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ir a las anota&amp;ciones</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ir al &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Para qué sirve la aplicación, de la importación a la exportación</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cargar la consulta de &amp;demostración</translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Seis contribuciones ficticias breves para probar la aplicación</translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>A&amp;cerca de CWGI Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Contribución</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>A&amp;notar</translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Color de resaltado</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Espacios de trabajo</translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Alternar entre las contribuciones y los proyectos</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Las contribuciones que coinciden con los filtros; Intro abre una</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consultas, idiomas, fuentes, temas y autores, con recuentos</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Texto de la contribución</translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La contribución abierta, párrafo a párrafo; seleccione un pasaje para anotarlo</translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar en el texto completo</translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba palabras para encontrarlas en todas las contribuciones; Flecha abajo va a los resultados</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Intro abre el resultado</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones de la contribución abierta; Intro va al pasaje</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar contribuciones</translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar una carpeta de contribuciones</translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no hay otro almacén</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Search</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyectos</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n contribución</numerusform>
            <numerusform>%n contribuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcada como leída</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcada como no leída</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ya hay una importación en curso.</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importadas %1, duplicadas %2, rechazadas %3</translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Las anotaciones llevarán el nombre %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Detalles de la contribución</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Signatura:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ti&amp;po de fuente:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Consulta o reunión:</translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>p. ej., C26/77-F o CWG-Internet-22/4-E</translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba la fecha como aaaa-mm-dd.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todas las contribuciones</translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consultas y reuniones</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Source types</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipos de fuente</translation>
    </message>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Authors</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Autores</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Agrupar la compilación</translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>por grupo de partes interesadas</translation>
    </message>
    <message>
        <source>by theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>por tema</translation>
    </message>
    <message>
        <source>Start from the kind's template</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Partir de la plantilla del tipo</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation's annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear una estructura a partir de las anotaciones de la consulta</translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Generar la compilación de la consulta</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija la consulta de partida.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ctrl+Intro guarda.</translation>
    </message>
</context>
<context>
    <name>OtherTools</name>
    <message>
        <source>Working…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Export for QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar para software de análisis cualitativo (QDA)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Proyectos REFI-QDA (*.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import from QDA software</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar desde software de análisis cualitativo (QDA)</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar el libro de códigos</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Libros de códigos REFI-QDA (*.qdc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar un libro de códigos</translation>
    </message>
    <message>
        <source>Export contributions for Zotero</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar contribuciones para Zotero</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>CSL-JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Other tools</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Otras herramientas</translation>
    </message>
    <message>
        <source>&amp;Export for QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Exportar para software QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Contributions, annotations and themes for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Contribuciones, anotaciones y temas para QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
    </message>
    <message>
        <source>&amp;Import from QDA software (.qdpx)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Importar desde software QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>Sources, coded segments and notes of a REFI-QDA project</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuentes, segmentos codificados y notas de un proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Export the &amp;codebook (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar el &amp;libro de códigos (.qdc)…</translation>
    </message>
    <message>
        <source>The themes as a REFI-QDA codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Los temas como libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <source>Import a code&amp;book (.qdc)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar un li&amp;bro de códigos (.qdc)…</translation>
    </message>
    <message>
        <source>Add a REFI-QDA codebook's codes as themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Añadir los códigos de un libro de códigos REFI-QDA como temas</translation>
    </message>
    <message>
        <source>Export contributions for &amp;Zotero (CSL-JSON)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar contribuciones para &amp;Zotero (CSL-JSON)…</translation>
    </message>
    <message>
        <source>Cite contributions from Zotero or pandoc</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Citar contribuciones desde Zotero o pandoc</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anexo %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Stale: the original was edited after this translation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Desactualizado: el original se modificó después de esta traducción</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Esquema</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Páginas de preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>E&amp;xportación</translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Etiquetas de exportación</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Copias de seguridad</translation>
    </message>
    <message>
        <source>Author name</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nombre del autor</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El nombre que llevan sus anotaciones</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>p. ej., Juana Pérez (Suiza)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (aún no traducido)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El idioma de los menús y cuadros de diálogo</translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El nuevo idioma de la interfaz se aplica al pulsar Aceptar: la ventana se vuelve a abrir en ese idioma.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Colores claros u oscuros, o según el sistema</translation>
    </message>
    <message>
        <source>Mark &amp;misspelt words in drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar las &amp;faltas de ortografía en los borradores</translation>
    </message>
    <message>
        <source>Spell-check</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Revisión ortográfica</translation>
    </message>
    <message>
        <source>Red wavy underlines under misspelt words, in the draft's language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Subrayado ondulado rojo bajo las palabras mal escritas, en el idioma del borrador</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ortografía:</translation>
    </message>
    <message>
        <source>The draft's own language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El idioma propio del proyecto</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Idioma de exportación predeterminado</translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El idioma de los textos fijos de una exportación a Word</translation>
    </message>
    <message>
        <source>Export font</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuente tipográfica de exportación</translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>La fuente del cuerpo de las exportaciones a Word (los documentos de la UIT usan Calibri)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Una imagen para la portada de las exportaciones a Word</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija una imagen de logotipo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Idioma de exportación predeterminado:</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Fuente tipográfica de exportación:</translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Imagen del l&amp;ogotipo:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Dónde se guardan las copias de seguridad automáticas de sus almacenes</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copias de seguridad que conservar</translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Las copias de seguridad más antiguas de un almacén se eliminan</translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cada vez que se cierra la ventana</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Una vez al día</translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nunca (no recomendado)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cuándo se hace la copia de seguridad automática</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Una copia de seguridad es una copia coherente del almacén, hecha mientras usted trabaja. Archivo ▸ Restaurar desde copia de seguridad… recupera una.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Car&amp;peta de copias de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>C&amp;onservar:</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copia de seg&amp;uridad:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Vista previa</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Texto de la contribución</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Language version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión lingüística</translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Otras versiones lingüísticas de este documento</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Editar detalles…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Corregir signatura, título, fuente, fecha, consulta</translation>
    </message>
    <message>
        <source>Version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ninguna contribución abierta</translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija una contribución de la lista o un resultado de búsqueda.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Leída</translation>
    </message>
    <message>
        <source>Unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No leída</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar como leída</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes relacionados</translation>
    </message>
    <message>
        <source>Select a paragraph, an annotation or a finding.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Seleccione un párrafo, una anotación o una conclusión.</translation>
    </message>
    <message>
        <source>Suggested themes (Enter accepts, Delete dismisses)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas sugeridos (Intro acepta, Supr descarta)</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas sugeridos</translation>
    </message>
    <message>
        <source>Passages making the point of ¶%1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes que expresan la idea del ¶%1</translation>
    </message>
    <message>
        <source>Passages making the point of the annotation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes que expresan la idea de la anotación</translation>
    </message>
    <message>
        <source>Passages making the point of the finding</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes que expresan la idea de la conclusión</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscando pasajes relacionados…</translation>
    </message>
    <message>
        <source>Nothing related yet: %1 of %2 paragraphs indexed.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no hay nada relacionado: %1 de %2 párrafos indexados.</translation>
    </message>
    <message>
        <source>No related passage found.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha encontrado ningún pasaje relacionado.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>From %1 annotated passages nearby</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>A partir de %1 pasajes anotados cercanos</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Elija la copia de seguridad a la que desea volver. La ventana se cierra, la copia de seguridad ocupa el lugar del almacén y la ventana se vuelve a abrir. El archivo actual se conserva a su lado (su nombre termina en «.replaced-» y la fecha), por lo que no se pierde nada.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Carpeta de copias de seguridad: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Las copias de seguridad de este almacén, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Taken</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Aún no hay ninguna copia de seguridad de este almacén.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Importar documento revisado…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Block</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Bloque</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambios sugeridos</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El cambio en su contexto</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Aceptar cambio</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Re&amp;chazar cambio</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Revisión de «%1»</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>done</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>hecho</translation>
    </message>
    <message>
        <source>accepted</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>(todo el proyecto)</translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 comentarios abiertos, %2 cambios sugeridos abiertos</translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar documento revisado</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todavía no se importó nada.</translation>
    </message>
    <message>
        <source>Another draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Otro borrador</translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>«%1» se exportó del borrador «%2», no de «%3». ¿Importar de todos modos sus comentarios y cambios en «%3»?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear una versión con nombre</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nombre de esta versión:</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versión de %1</translation>
    </message>
    <message>
        <source>added</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>suprimido</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>movido</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>modificado</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Versiones del proyecto</translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Crear una versión…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Dos versiones seleccionadas: se comparan entre sí. Una: se compara con el proyecto en su estado actual.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Export changes as Word…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar cambios a Word…</translation>
    </message>
    <message>
        <source>Export changes as Word</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar cambios a Word</translation>
    </message>
    <message>
        <source>A Word document with the changes since the selected version as tracked changes (two selected: from the older to the newer)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un documento Word con los cambios desde la versión seleccionada como control de cambios (con dos seleccionadas: de la más antigua a la más reciente)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&lt;span style="%1"&gt;deleted&lt;/span&gt; · &lt;span style="%2"&gt;inserted&lt;/span&gt;</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&lt;span style="%1"&gt;suprimido&lt;/span&gt; · &lt;span style="%2"&gt;insertado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>automática</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar cambios a</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escribiendo el documento…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha exportado nada: %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 bloques difieren</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar en el texto completo</translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar en todas las contribuciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Por significado</translation>
    </message>
    <message>
        <source>Search by meaning</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscar por significado</translation>
    </message>
    <message>
        <source>Also find passages that say the same thing in other words or other languages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Encontrar también pasajes que dicen lo mismo con otras palabras o en otros idiomas</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>SemanticUi</name>
    <message>
        <source>Related passages</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Pasajes relacionados</translation>
    </message>
    <message>
        <source>Theme %1 added to the paragraph</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Tema %1 añadido al párrafo</translation>
    </message>
    <message>
        <source>Theme %1 will not be suggested here again</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El tema %1 no se volverá a sugerir aquí</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartir anotaciones</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Solo cambios desde</translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Solo los cambios desde una fecha</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Modificado desde</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todas las consultas</translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir los textos completos de las contribuciones</translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir textos completos</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir proyectos</translation>
    </message>
    <message>
        <source>Include drafts that carry other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir los borradores que contienen notas de otros autores</translation>
    </message>
    <message>
        <source>Include other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Incluir las notas de otros autores</translation>
    </message>
    <message>
        <source>Drafts carrying other authors' notes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Borradores que contienen notas de otros autores</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Consulta:</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Guardar paquete…</translation>
    </message>
    <message>
        <source>No draft carries other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ningún borrador contiene notas de otros autores.</translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Estos borradores contienen notas de otros autores y se omiten salvo que se incluyan: %1</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Paquetes CWGI (*%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardando…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n tema</numerusform>
            <numerusform>%n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n proyecto</numerusform>
            <numerusform>%n proyectos</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guardado %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors' notes.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>Se omitió %n borrador que contiene notas de otros autores.</numerusform>
            <numerusform>Se omitieron %n borradores que contienen notas de otros autores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Acciones y sus teclas, por menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Almacenes CWGI (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo almacén</translation>
    </message>
    <message>
        <source>Open store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Abrir almacén</translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Almacenes</translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Un almacén es un archivo que contiene las contribuciones, anotaciones y proyectos de su trabajo. Mantenga uno por consulta, o uno para todo.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Almacenes recientes</translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Almacenes abiertos últimamente, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Olvidar</translation>
    </message>
    <message>
        <source>Forget</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Quitar de esta lista (el archivo no se elimina)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>&amp;Nuevo almacén…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Abrir otro arc&amp;hivo…</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (abierto)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 (no encontrado)</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Upgrading the store…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Actualizando el almacén…</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Actualización del almacén</translation>
    </message>
    <message>
        <source>Upgrading the store (step %1 of %2)…</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Actualizando el almacén (paso %1 de %2)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Copia de seguridad %1 restaurada.</translation>
    </message>
    <message>
        <source>New store</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nuevo almacén</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sharing status</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Estado de la compartición</translation>
    </message>
    <message>
        <source>Share through a folder: click for each colleague</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartir mediante una carpeta: haga clic para ver cada colega</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Filtrar temas</translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Escriba para filtrar, o para dar nombre a un nuevo tema</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>El libro de códigos está vacío: escriba el nombre de un tema o cargue el libro de códigos inicial de la Resolución 1305 desde Anotar ▸ Libro de códigos.</translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message>
        <source>Result</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Lo que se omitió</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%1 guardado: %n tema</numerusform>
            <numerusform>%1 guardado: %n temas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%1 guardado: %n contribución</numerusform>
            <numerusform>%1 guardado: %n contribuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>%1 guardado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n fuente</numerusform>
            <numerusform>%n fuentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded selection(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n selección codificada</numerusform>
            <numerusform>%n selecciones codificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n tema añadido (%1 ya presentes)</numerusform>
            <numerusform>%n temas añadidos (%1 ya presentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n contribución añadida (%1 ya presentes)</numerusform>
            <numerusform>%n contribuciones añadidas (%1 ya presentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n anotación añadida (%1 ya presentes)</numerusform>
            <numerusform>%n anotaciones añadidas (%1 ya presentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>
            <numerusform>%n elemento omitido</numerusform>
            <numerusform>%n elementos omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>No se ha hecho nada: %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Nota sobre «%1»</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Etiquetar «%1»</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Resaltar «%1»</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Eliminar la anotación «%1»</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Editar los detalles de %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guía del usuario de CWGI Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Import</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Archivo ▸ Importar archivos… (Ctrl+I) o suelte archivos en la ventana: contribuciones .docx, .pdf, .txt y .md en cualquiera de los seis idiomas de la UIT. La signatura, el idioma, la fuente, el título y la fecha se leen de la primera página; corríjalos con Contribución ▸ Editar detalles… (F2).</translation>
    </message>
    <message>
        <source>Read</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Filtre la lista por consulta, idioma, fuente o tema, o busque en el texto completo de todas las contribuciones (Ctrl+F). El lector numera los párrafos y ofrece las demás versiones lingüísticas de un documento.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Anotar</translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Seleccione un pasaje y resáltelo (Ctrl+H), escriba una nota (Ctrl+Mayús+N) o etiquételo con temas del libro de códigos (Ctrl+T). Los resaltados se subrayan, con línea discontinua cuando llevan una nota, de modo que se distinguen también sin color.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>En el espacio de trabajo Proyectos, redacte un resumen analítico, conclusiones principales o directrices como bloques numerados.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Citar</translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Cada conclusión cita las contribuciones en que se basa ([@C26/77]); el panel de cobertura muestra qué aportaciones no cita todavía ningún bloque.</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Exporte un proyecto a Word con el formato de la UIT, en cualquiera de los seis idiomas, o a Markdown. En Preferencias se definen el idioma predeterminado, la fuente tipográfica, el logotipo y los textos fijos del formato.</translation>
    </message>
    <message>
        <source>Share</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Envíe sus anotaciones y proyectos a un colega en un único archivo de paquete; al importar un paquete, este se fusiona con su trabajo.</translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Convierte las aportaciones a una consulta del CWG-Internet en resultados sustantivos (resúmenes analíticos, conclusiones principales, directrices) en los que cada punto cita las contribuciones en que se basa. Funciona sin conexión: no se descarga ni se envía nada a través de una red.</translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Todo se guarda sobre la marcha en un único archivo de almacén. Las copias de seguridad automáticas se hacen al cerrar la ventana o una vez al día (Preferencias ▸ Copias de seguridad); Archivo ▸ Restaurar desde copia de seguridad… vuelve a una de ellas. Archivo ▸ Nuevo almacén… y Abrir almacén… permiten mantener un almacén por consulta.</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translatorcomment>Drafted without a native speaker: needs review by one.</translatorcomment>
        <translation>Ayuda ▸ Atajos de teclado muestra todos los atajos. Ayuda ▸ Cargar la consulta de demostración le ofrece material para probarlo todo.</translation>
    </message>
</context>
</TS>
