<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About CWGI Desktop</source>
        <translation>À propos de CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop %1</source>
        <translation>CWGI Desktop %1</translation>
    </message>
    <message>
        <source>An offline workbench for the contributions to ITU's Council Working Group on international Internet-related public policy issues: read, search and annotate them, then draft outputs whose every finding cites its sources. Nothing leaves your computer. Licence: MIT.</source>
        <translation>Un poste de travail hors ligne pour les contributions au Groupe de travail du Conseil de l'UIT sur les questions de politiques publiques internationales relatives à l'Internet : lisez-les, cherchez-y, annotez-les, puis rédigez des documents dont chaque constatation cite ses sources. Rien ne quitte votre ordinateur. Licence : MIT.</translation>
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
</context>
<context>
    <name>AnnotationController</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Highlight the selected passage</source>
        <translation>Surligner le passage sélectionné</translation>
    </message>
    <message>
        <source>Add or edit &amp;note…</source>
        <translation>Ajouter ou modifier une &amp;note…</translation>
    </message>
    <message>
        <source>Write a note on the selected passage</source>
        <translation>Écrire une note sur le passage sélectionné</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>&amp;Thèmes…</translation>
    </message>
    <message>
        <source>Tag the selected passage with themes of the codebook</source>
        <translation>Associer au passage sélectionné des thèmes de la grille de codage</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>S&amp;upprimer l'annotation</translation>
    </message>
    <message>
        <source>Delete the annotation at the cursor</source>
        <translation>Supprimer l'annotation sous le curseur</translation>
    </message>
    <message>
        <source>Select a passage in the reader first.</source>
        <translation>Sélectionnez d'abord un passage dans la lecture.</translation>
    </message>
    <message>
        <source>Highlighted.</source>
        <translation>Surligné.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Tagged.</source>
        <translation>Thèmes associés.</translation>
    </message>
    <message>
        <source>Change themes</source>
        <translation>Changer les thèmes</translation>
    </message>
    <message>
        <source>Put the cursor on an annotation to delete it.</source>
        <translation>Placez le curseur sur une annotation pour la supprimer.</translation>
    </message>
    <message>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translation>Annotation supprimée (Ctrl+Z la rétablit).</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Show annotations of</source>
        <translation>Afficher les annotations de</translation>
    </message>
    <message>
        <source>This contribution</source>
        <translation>Cette contribution</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Supprimer l'annotation</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Go to passage</source>
        <translation>Aller au passage</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Thèmes…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>AuthorDialog</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your annotations carry your name, so that a rapporteur who merges the annotations of several delegates knows whose they are. You can change it later in Edit ▸ Author name.</source>
        <translation>Vos annotations portent votre nom, pour qu'un rapporteur qui réunit les annotations de plusieurs délégués sache de qui elles viennent. Vous pourrez le changer plus tard dans Édition ▸ Nom de l'auteur.</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l'auteur</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translation>p. ex. Jeanne Dupont (Suisse)</translation>
    </message>
</context>
<context>
    <name>BackgroundIndexer</name>
    <message>
        <source>Indexing for search by meaning</source>
        <translation>Indexation pour la recherche par le sens</translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation>Progression de l'indexation</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop indexing</source>
        <translation>Arrêter l'indexation</translation>
    </message>
    <message>
        <source>Stop indexing (it resumes at the next import or the next start)</source>
        <translation>Arrêter l'indexation (elle reprend au prochain import ou au prochain démarrage)</translation>
    </message>
    <message>
        <source>Stopping after this batch…</source>
        <translation>Arrêt après ce lot…</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sauvegarde enregistrée : %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>When the window closed</source>
        <translation>À la fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Faite à la main</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
</context>
<context>
    <name>BlockEditor</name>
    <message>
        <source>Block text</source>
        <translation>Texte du bloc</translation>
    </message>
    <message>
        <source>The text of the block chosen in the outline, in Markdown. Tab inserts a tab; Ctrl+Tab moves to the next control.</source>
        <translation>Le texte du bloc choisi dans le plan, en Markdown. Tab insère une tabulation ; Ctrl+Tab passe à la commande suivante.</translation>
    </message>
    <message>
        <source>Type the block's text (Markdown). Ctrl+Shift+C inserts a citation.</source>
        <translation>Saisissez le texte du bloc (Markdown). Ctrl+Maj+C insère une citation.</translation>
    </message>
    <message>
        <source>@%1: cites document %2</source>
        <translation>@%1 : cite le document %2</translation>
    </message>
    <message>
        <source>@%1: unresolved citation — no imported contribution has that symbol</source>
        <translation>@%1 : citation non résolue — aucune contribution importée ne porte cette cote</translation>
    </message>
</context>
<context>
    <name>CitationPicker</name>
    <message>
        <source>Insert a citation</source>
        <translation>Insérer une citation</translation>
    </message>
    <message>
        <source>Search contributions and annotations</source>
        <translation>Chercher dans les contributions et les annotations</translation>
    </message>
    <message>
        <source>Symbol, title, source, words of a passage…</source>
        <translation>Cote, titre, source, mots d'un passage…</translation>
    </message>
    <message>
        <source>Sources found</source>
        <translation>Sources trouvées</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>document entier</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Paragraph of a document:</source>
        <translation>Paragraphe d'un document :</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Citation :</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>A passage is cited at its own paragraph</source>
        <translation>Un passage est cité à son propre paragraphe</translation>
    </message>
    <message>
        <source>The paragraph cited in a whole document</source>
        <translation>Le paragraphe cité dans un document entier</translation>
    </message>
    <message>
        <source>(choose a source)</source>
        <translation>(choisissez une source)</translation>
    </message>
</context>
<context>
    <name>CodebookDialog</name>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>&amp;Add theme…</source>
        <translation>&amp;Ajouter un thème…</translation>
    </message>
    <message>
        <source>Add s&amp;ub-theme…</source>
        <translation>Ajouter un &amp;sous-thème…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Re&amp;colour…</source>
        <translation>Changer la &amp;couleur…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Load Resolution &amp;1305 starter codebook</source>
        <translation>Charger la grille de départ de la Résolution &amp;1305</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Couleur du thème</translation>
    </message>
    <message>
        <source>Merge theme</source>
        <translation>Fusionner le thème</translation>
    </message>
    <message>
        <source>Move every use of “%1” to:</source>
        <translation>Reporter chaque emploi de « %1 » sur :</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <source>Delete “%1”? Annotations keep their passages and notes but lose this theme.</source>
        <translation>Supprimer « %1 » ? Les annotations gardent leurs passages et leurs notes mais perdent ce thème.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>My version</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>No conflicts: nothing to settle.</source>
        <translation>Aucun conflit : rien à régler.</translation>
    </message>
    <message>
        <source>Why this is a conflict</source>
        <translation>Pourquoi c’est un conflit</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Reject all held back</source>
        <translation>&amp;Refuser toutes les modifications retenues</translation>
    </message>
    <message>
        <source>&amp;Apply all held back</source>
        <translation>&amp;Appliquer toutes les modifications retenues</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Draft block</source>
        <translation>Bloc de projet</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Commentaire de relecture</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Version linguistique</translation>
    </message>
    <message>
        <source>Translated block</source>
        <translation>Bloc traduit</translation>
    </message>
    <message>
        <source> (held back: to confirm)</source>
        <translation> (retenu : à confirmer)</translation>
    </message>
    <message>
        <source>Both sides edited this since they last exchanged.</source>
        <translation>Les deux côtés ont modifié cet élément depuis leur dernier échange.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 deletes or replaces many of your own rows at once. Yours is in place; keep theirs to apply the change.</source>
        <translation>Retenu : le paquet %1 supprime ou remplace d’un coup beaucoup de vos propres éléments. Votre version est en place ; gardez la leur pour appliquer la modification.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 moves this to another draft or contribution. Yours is in place; keep theirs to move it.</source>
        <translation>Retenu : le paquet %1 déplace cet élément vers un autre projet ou une autre contribution. Votre version est en place ; gardez la leur pour le déplacer.</translation>
    </message>
    <message>
        <source>Held back: the bundle %1 claims to replace an edit of yours that you never shared. Yours is in place; keep theirs to apply it.</source>
        <translation>Retenu : le paquet %1 prétend remplacer une modification que vous n’avez jamais partagée. Votre version est en place ; gardez la leur pour l’appliquer.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source> (in place now)</source>
        <translation> (en place actuellement)</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>(as each file says)</source>
        <translation>(selon chaque fichier)</translation>
    </message>
    <message>
        <source>Type a consultation or meeting, or choose a recent one</source>
        <translation>Saisissez une consultation ou une réunion, ou choisissez-en une récente</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translation>&amp;Consultation ou réunion :</translation>
    </message>
</context>
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation's contributions.</source>
        <translation>
            <numerusform>À quelle consultation ou réunion appartient l’élément choisi ? La couverture vérifie un projet par rapport aux contributions de sa consultation.</numerusform>
            <numerusform>À quelle consultation ou réunion appartiennent les %n éléments choisis ? La couverture vérifie un projet par rapport aux contributions de sa consultation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translation>
            <numerusform>La consultation ou réunion de la contribution sélectionnée :</numerusform>
            <numerusform>La consultation ou réunion des %n contributions sélectionnées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translation>
            <numerusform>Définir la consultation d’une contribution</numerusform>
            <numerusform>Définir la consultation de %n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translation>
            <numerusform>%n contribution appartient désormais à « %1 ».</numerusform>
            <numerusform>%n contributions appartiennent désormais à « %1 ».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsultationUi</name>
    <message>
        <source>No contribution belongs to “%1”: coverage has nothing to check against. Set the consultation of contributions at import, or select them in the list and use Contribution ▸ Set consultation…</source>
        <translation>Aucune contribution n’appartient à « %1 » : la couverture n’a rien à vérifier. Définissez la consultation des contributions à l’import, ou sélectionnez-les dans la liste et utilisez Contribution ▸ Définir la consultation…</translation>
    </message>
    <message>
        <source>Select contributions in the list first.</source>
        <translation>Sélectionnez d’abord des contributions dans la liste.</translation>
    </message>
</context>
<context>
    <name>ContributionListModel</name>
    <message>
        <source>Symbol</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>(none) %1</source>
        <translation>(aucune) %1</translation>
    </message>
    <message>
        <source>No symbol yet (file %1). Edit details (F2) gives it one.</source>
        <translation>Pas encore de cote (fichier %1). Modifier les détails (F2) lui en donne une.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>aucun texte trouvé</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>données binaires, pas du texte</translation>
    </message>
    <message>
        <source>not a valid PDF</source>
        <translation>PDF non valide</translation>
    </message>
    <message>
        <source>encrypted PDF</source>
        <translation>PDF chiffré</translation>
    </message>
    <message>
        <source>no text layer (scanned?)</source>
        <translation>pas de couche de texte (document numérisé ?)</translation>
    </message>
    <message>
        <source>not a valid .docx (damaged or truncated archive)</source>
        <translation>fichier .docx non valide (archive endommagée ou tronquée)</translation>
    </message>
    <message>
        <source>refused: the document declares XML entities (DTD)</source>
        <translation>refusé : le document déclare des entités XML (DTD)</translation>
    </message>
    <message>
        <source>encrypted Office file (password-protected)</source>
        <translation>fichier Office chiffré (protégé par mot de passe)</translation>
    </message>
    <message>
        <source>legacy Word .doc is not supported; save it as .docx</source>
        <translation>l’ancien format Word .doc n’est pas pris en charge ; enregistrez-le en .docx</translation>
    </message>
    <message>
        <source>no document part</source>
        <translation>aucune partie document</translation>
    </message>
    <message>
        <source>no document part ('%1' is missing)</source>
        <translation>aucune partie document (« %1 » manque)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 cannot be decoded)</source>
        <translation>fichier .docx non valide (%1 ne peut pas être décodé)</translation>
    </message>
    <message>
        <source>not a valid .docx (%1 is not well-formed XML)</source>
        <translation>fichier .docx non valide (%1 n’est pas du XML bien formé)</translation>
    </message>
    <message>
        <source>refused: the archive has too many entries (%1)</source>
        <translation>refusé : l’archive a trop d’entrées (%1)</translation>
    </message>
    <message>
        <source>refused: reading the PDF text took too long</source>
        <translation>refusé : la lecture du texte du PDF a pris trop de temps</translation>
    </message>
    <message>
        <source>refused: the PDF holds too much text</source>
        <translation>refusé : le PDF contient trop de texte</translation>
    </message>
    <message>
        <source>too many pages (%1; the limit is %2)</source>
        <translation>trop de pages (%1 ; la limite est %2)</translation>
    </message>
    <message>
        <source>unsupported file type '%1'</source>
        <translation>type de fichier non pris en charge « %1 »</translation>
    </message>
    <message>
        <source>file too large (%1 MB; the limit is %2 MB)</source>
        <translation>fichier trop volumineux (%1 Mo ; la limite est %2 Mo)</translation>
    </message>
    <message>
        <source>file too large (%1 MB)</source>
        <translation>fichier trop volumineux (%1 Mo)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>impossible de lire le fichier (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <source>could not read the file (%1)</source>
        <translation>le fichier n’a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>refused: not enough memory to read the file</source>
        <translation>refusé : mémoire insuffisante pour lire le fichier</translation>
    </message>
    <message>
        <source>refused: the file is nested too deeply</source>
        <translation>refusé : le fichier est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>no block of a known draft in it (was it exported from this store, with its bookmarks kept?)</source>
        <translation>aucun bloc d’un projet connu (a-t-il été exporté depuis cette base, avec ses signets ?)</translation>
    </message>
</context>
<context>
    <name>CoveragePanel</name>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>The consultation the draft is checked against</source>
        <translation>La consultation à laquelle le projet est comparé</translation>
    </message>
    <message>
        <source>The draft's consultation</source>
        <translation>La consultation du projet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check the draft against the consultation again</source>
        <translation>Comparer à nouveau le projet à la consultation</translation>
    </message>
    <message>
        <source>Coverage lists</source>
        <translation>Listes de couverture</translation>
    </message>
    <message>
        <source>Contributions not cited yet, themes without a finding, findings with one or no source, unresolved citations; Enter on a finding shows its block</source>
        <translation>Contributions pas encore citées, thèmes sans constatation, constatations reposant sur une seule source ou sur aucune, citations non résolues ; Entrée sur une constatation affiche son bloc</translation>
    </message>
    <message>
        <source>Contributions cited, by stakeholder group</source>
        <translation>Contributions citées, par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Findings by theme</source>
        <translation>Constatations par thème</translation>
    </message>
    <message>
        <source>all contributions</source>
        <translation>toutes les contributions</translation>
    </message>
    <message>
        <source>Against %1: %2 cited, %3 not cited yet.</source>
        <translation>Par rapport à %1 : %2 citées, %3 pas encore citées.</translation>
    </message>
    <message>
        <source>Not cited yet</source>
        <translation>Pas encore citées</translation>
    </message>
    <message>
        <source>Themes without a finding</source>
        <translation>Thèmes sans constatation</translation>
    </message>
    <message>
        <source>%1 (%2 annotations)</source>
        <translation>%1 (%2 annotations)</translation>
    </message>
    <message>
        <source>Findings resting on one source</source>
        <translation>Constatations reposant sur une seule source</translation>
    </message>
    <message>
        <source>Findings citing no source</source>
        <translation>Constatations ne citant aucune source</translation>
    </message>
    <message>
        <source>Unresolved citations</source>
        <translation>Citations non résolues</translation>
    </message>
    <message>
        <source>Unknown group</source>
        <translation>Groupe inconnu</translation>
    </message>
    <message>
        <source>findings: %1 · annotations: %2</source>
        <translation>constatations : %1 · annotations : %2</translation>
    </message>
    <message>
        <source>%1 (no symbol)</source>
        <translation>%1 (sans cote)</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>La base ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>CWGI Desktop cannot open %1:</source>
        <translation>CWGI Desktop ne peut pas ouvrir %1 :</translation>
    </message>
    <message>
        <source>The store is missing. The newest good backup was taken on %1; restoring it brings back the work saved up to then.</source>
        <translation>La base est introuvable. La sauvegarde intacte la plus récente date du %1 ; la restaurer rétablit le travail enregistré jusque-là.</translation>
    </message>
    <message>
        <source>The store is missing and no good backup of it was found. You can open another store or create a new, empty one.</source>
        <translation>La base est introuvable et aucune sauvegarde intacte n'en a été trouvée. Vous pouvez ouvrir une autre base ou en créer une nouvelle, vide.</translation>
    </message>
    <message>
        <source>The newest good backup was taken on %1. Restoring it brings back the work saved up to then; the damaged file is kept beside it.</source>
        <translation>La sauvegarde intacte la plus récente date du %1. La restaurer rétablit le travail enregistré jusque-là ; le fichier endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>No good backup of this store was found. You can open another store or create a new one.</source>
        <translation>Aucune sauvegarde intacte de cette base n'a été trouvée. Vous pouvez ouvrir une autre base ou en créer une nouvelle.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Open another store…</source>
        <translation>&amp;Ouvrir une autre base…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Create a &amp;new, empty store</source>
        <translation>Créer une &amp;nouvelle base vide</translation>
    </message>
</context>
<context>
    <name>DemoOfferDialog</name>
    <message>
        <source>Welcome to CWGI Desktop</source>
        <translation>Bienvenue dans CWGI Desktop</translation>
    </message>
    <message>
        <source>CWGI Desktop helps you read the contributions to a consultation, annotate them, and draft a summary in which every finding cites its sources.

Your store is empty. Would you like to load a demo consultation to try everything at once? It holds six short fictional contributions in the six ITU languages and a few annotations. You can delete them later, or load them again from Help ▸ Load the demo consultation.</source>
        <translation>CWGI Desktop vous aide à lire les contributions à une consultation, à les annoter et à rédiger un résumé dont chaque constatation cite ses sources.

Votre base est vide. Voulez-vous charger une consultation de démonstration pour tout essayer d'un coup ? Elle contient six courtes contributions fictives dans les six langues de l'UIT et quelques annotations. Vous pourrez les supprimer plus tard, ou les charger de nouveau depuis Aide ▸ Charger la consultation de démonstration.</translation>
    </message>
    <message>
        <source>&amp;Load the demo consultation</source>
        <translation>&amp;Charger la consultation de démonstration</translation>
    </message>
    <message>
        <source>&amp;Start with an empty store</source>
        <translation>&amp;Commencer avec une base vide</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>Draft details</source>
        <translation>Détails du projet</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Document symbol:</source>
        <translation>Cote du document :</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Ligne d'origine :</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Réunion :</translation>
    </message>
    <message>
        <source>Place and dates:</source>
        <translation>Lieu et dates :</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Point de l'ordre du jour :</translation>
    </message>
    <message>
        <source>Date (yyyy-mm-dd):</source>
        <translation>Date (aaaa-mm-jj) :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Action required:</source>
        <translation>Suite à donner :</translation>
    </message>
    <message>
        <source>References:</source>
        <translation>Références :</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consultation :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Analytical summary</source>
        <translation>Résumé analytique</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principales constatations</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Lignes directrices</translation>
    </message>
    <message>
        <source>Council contribution</source>
        <translation>Contribution au Conseil</translation>
    </message>
    <message>
        <source>Compilation</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Ligne directrice</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Annexe</translation>
    </message>
</context>
<context>
    <name>DraftMenu</name>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Projet</translation>
    </message>
</context>
<context>
    <name>DraftUndo</name>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>DraftWorkspace</name>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The draft being edited</source>
        <translation>Le projet en cours de rédaction</translation>
    </message>
    <message>
        <source>Evidence and coverage</source>
        <translation>Sources citées et couverture</translation>
    </message>
    <message>
        <source>Evidence: the passages the current block cites. Coverage: what the draft cites and leaves out of the consultation.</source>
        <translation>Sources citées : les passages que cite le bloc courant. Couverture : ce que le projet cite de la consultation et ce qu'il laisse de côté.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>No draft yet: create one with “New draft…”.</source>
        <translation>Aucun projet pour l'instant : créez-en un avec « Nouveau projet… ».</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le projet</translation>
    </message>
    <message>
        <source>Delete “%1”? Its versions are kept.</source>
        <translation>Supprimer « %1 » ? Ses versions sont conservées.</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>unresolved: %1</source>
        <translation>non résolues : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Version “%1” taken.</source>
        <translation>Version « %1 » enregistrée.</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <source>Move block up</source>
        <translation>Monter le bloc</translation>
    </message>
    <message>
        <source>Move block down</source>
        <translation>Descendre le bloc</translation>
    </message>
    <message>
        <source>Indent block</source>
        <translation>Décaler le bloc à droite</translation>
    </message>
    <message>
        <source>Outdent block</source>
        <translation>Décaler le bloc à gauche</translation>
    </message>
    <message>
        <source>Change block kind</source>
        <translation>Changer la nature du bloc</translation>
    </message>
    <message>
        <source>Merge blocks</source>
        <translation>Fusionner les blocs</translation>
    </message>
    <message>
        <source>Delete block</source>
        <translation>Supprimer le bloc</translation>
    </message>
    <message>
        <source>Split block</source>
        <translation>Scinder le bloc</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Restaurer « %1 »</translation>
    </message>
    <message>
        <source>Cannot cite: %1</source>
        <translation>Citation impossible : %1</translation>
    </message>
    <message>
        <source>New draft…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>A new draft from a template, a scaffold or a compilation</source>
        <translation>Un nouveau projet à partir d'un modèle, d'une trame ou d'une compilation</translation>
    </message>
    <message>
        <source>Import Markdown draft…</source>
        <translation>Importer un projet Markdown…</translation>
    </message>
    <message>
        <source>A draft from a Markdown file (front matter optional)</source>
        <translation>Un projet tiré d’un fichier Markdown (en-tête facultatif)</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Your text is saved as you type; this saves at once</source>
        <translation>Votre texte est enregistré au fil de la frappe ; ceci l’enregistre tout de suite</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Symbol, meeting, purpose and other cover-page details</source>
        <translation>Cote, réunion, objet et autres informations de la page de couverture</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Supprimer le projet…</translation>
    </message>
    <message>
        <source>Take version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Keep the draft as it stands, named, to compare or restore</source>
        <translation>Garder le projet en l’état, sous un nom, pour comparer ou restaurer</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <source>Named versions: compare, restore</source>
        <translation>Versions nommées : comparer, restaurer</translation>
    </message>
    <message>
        <source>New language version…</source>
        <translation>Nouvelle version linguistique…</translation>
    </message>
    <message>
        <source>The draft in another of the six languages, block by block</source>
        <translation>Le projet dans une autre des six langues, bloc par bloc</translation>
    </message>
    <message>
        <source>Mark translation up to date</source>
        <translation>Marquer la traduction à jour</translation>
    </message>
    <message>
        <source>This block of a language version follows the original again</source>
        <translation>Ce bloc d'une version linguistique suit de nouveau l'original</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Word in ITU layout, or Markdown</source>
        <translation>Word à la présentation de l'UIT, ou Markdown</translation>
    </message>
    <message>
        <source>Review comments…</source>
        <translation>Commentaires de relecture…</translation>
    </message>
    <message>
        <source>Comments and suggested changes of the draft, back from Word</source>
        <translation>Commentaires et modifications proposées du projet, en retour de Word</translation>
    </message>
    <message>
        <source>A new block after this one</source>
        <translation>Un nouveau bloc après celui-ci</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>Split the block at the cursor</source>
        <translation>Scinder le bloc à l'emplacement du curseur</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Merge the next block into this one</source>
        <translation>Fusionner le bloc suivant avec celui-ci</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Décaler à droite</translation>
    </message>
    <message>
        <source>One level deeper (Tab in the outline)</source>
        <translation>Un niveau plus bas (Tab dans le plan)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Décaler à gauche</translation>
    </message>
    <message>
        <source>One level up (Shift+Tab in the outline)</source>
        <translation>Un niveau plus haut (Maj+Tab dans le plan)</translation>
    </message>
    <message>
        <source>Cite…</source>
        <translation>Citer…</translation>
    </message>
    <message>
        <source>Insert a citation from the contributions and annotations</source>
        <translation>Insérer une citation tirée des contributions et des annotations</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Block kind</source>
        <translation>Nature du bloc</translation>
    </message>
    <message>
        <source>The kind of the current block</source>
        <translation>La nature du bloc courant</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>Draft menu</source>
        <translation>Menu Projet</translation>
    </message>
    <message>
        <source>New, details, versions, export, review comments, delete</source>
        <translation>Nouveau, détails, versions, exportation, commentaires de relecture, suppression</translation>
    </message>
    <message>
        <source>Draft:</source>
        <translation>Projet :</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blocs</translation>
    </message>
    <message>
        <source>Saved. (Your text is also saved as you type.)</source>
        <translation>Enregistré. (Votre texte est aussi enregistré au fil de la frappe.)</translation>
    </message>
    <message>
        <source>Already saved: your text is saved as you type. Ctrl+Shift+S keeps a named version.</source>
        <translation>Déjà enregistré : votre texte est enregistré au fil de la frappe. Ctrl+Maj+S garde une version nommée.</translation>
    </message>
    <message>
        <source>Import a Markdown draft</source>
        <translation>Importer un projet Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>« %1 » importé.</translation>
    </message>
    <message>
        <source>Unresolved citations: %1</source>
        <translation>Citations non résolues : %1</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Add to my dictionary</source>
        <translation>Ajouter à mon dictionnaire</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Sources citées</translation>
    </message>
    <message>
        <source>No citation in this block.</source>
        <translation>Aucune citation dans ce bloc.</translation>
    </message>
    <message>
        <source>Cited passages</source>
        <translation>Passages cités</translation>
    </message>
    <message>
        <source>Every passage the current block cites; Enter opens it in the reader</source>
        <translation>Chaque passage que cite le bloc courant ; Entrée l'ouvre dans le lecteur</translation>
    </message>
    <message>
        <source>No cited passage can be shown: the citations name no imported contribution.</source>
        <translation>Aucun passage cité ne peut être affiché : les citations ne désignent aucune contribution importée.</translation>
    </message>
    <message>
        <source>%1 passage(s) from %2 document(s). Click one to open it in the reader.</source>
        <translation>%1 passage(s) de %2 document(s). Cliquez sur l'un d'eux pour l'ouvrir dans la lecture.</translation>
    </message>
    <message>
        <source>Open %1 in the reader</source>
        <translation>Ouvrir %1 dans la lecture</translation>
    </message>
    <message>
        <source>@%1 — unresolved: no imported contribution has that symbol.</source>
        <translation>@%1 — non résolue : aucune contribution importée ne porte cette cote.</translation>
    </message>
    <message>
        <source>para %1</source>
        <translation>par. %1</translation>
    </message>
    <message>
        <source>whole document</source>
        <translation>document entier</translation>
    </message>
</context>
<context>
    <name>ExchangeDialogs</name>
    <message>
        <source>Import shared work</source>
        <translation>Importer un travail partagé</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1);;All files (*)</source>
        <translation>Paquets CWGI (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Block order</source>
        <translation>Ordre des blocs</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>Exporter « %1 »</translation>
    </message>
    <message>
        <source>Word document in ITU layout (.docx)</source>
        <translation>Document Word à la présentation de l'UIT (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the labels, dates and citations of the document</source>
        <translation>La langue des intitulés, des dates et des citations du document</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translation>Avertissement de langue</translation>
    </message>
    <message>
        <source>Add an annex listing the sources of each finding</source>
        <translation>Ajouter une annexe listant les sources de chaque constatation</translation>
    </message>
    <message>
        <source>Include annotations as Word comments</source>
        <translation>Inclure les annotations comme commentaires Word</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Put the logo on the cover page</source>
        <translation>Placer le logo sur la page de couverture</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>No preview yet.</source>
        <translation>Pas encore d'aperçu.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>The first page of the document, as LibreOffice lays it out</source>
        <translation>La première page du document, telle que LibreOffice la met en forme</translation>
    </message>
    <message>
        <source>Preview first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview</source>
        <translation>Installez LibreOffice pour voir un aperçu</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a draft copy anyway</source>
        <translation>Exporter quand même une copie de travail</translation>
    </message>
    <message>
        <source>Each unresolved citation is printed marked “[unresolved: @…]”, and the document opens with a draft-copy notice</source>
        <translation>Chaque citation non résolue est imprimée marquée « [unresolved: @…] », et le document s’ouvre sur un avis de copie de travail</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Font:</source>
        <translation>Police :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>The draft is written in %1. Exporting in %2 changes only the fixed texts (labels, dates, citations); the text of the draft stays as written.</source>
        <translation>Le projet est rédigé en %1. L'exportation en %2 ne change que les textes fixes (libellés, dates, citations) ; le texte du projet reste tel qu'il est écrit.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Collecting the cited documents…</source>
        <translation>Rassemblement des documents cités…</translation>
    </message>
    <message>
        <source>Nothing exported: unresolved citations %1 — no imported contribution has that symbol.</source>
        <translation>Rien n'a été exporté : citations non résolues %1 — aucune contribution importée ne porte cette cote.</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Rien n'a été exporté : %1</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Écriture du document…</translation>
    </message>
    <message>
        <source>LibreOffice is laying out the first page in the background; you can choose options or export meanwhile…</source>
        <translation>LibreOffice met en page la première page en arrière-plan ; vous pouvez choisir les options ou exporter en attendant…</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Rendu de la première page…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Preview of the first page, as LibreOffice lays it out.</source>
        <translation>Aperçu de la première page, telle que LibreOffice la met en forme.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L'exportation a échoué : %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;My annotations</source>
        <translation>&amp;Mes annotations</translation>
    </message>
    <message>
        <source>Only contributions I have annotated</source>
        <translation>Seulement les contributions que j'ai annotées</translation>
    </message>
    <message>
        <source>&amp;Unread</source>
        <translation>&amp;Non lues</translation>
    </message>
    <message>
        <source>Only contributions not yet read</source>
        <translation>Seulement les contributions pas encore lues</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show all contributions</source>
        <translation>Afficher toutes les contributions</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>(a theme no longer in the codebook)</source>
        <translation>(un thème qui n'est plus dans la grille de codage)</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Loading the demo consultation…</source>
        <translation>Chargement de la consultation de démonstration…</translation>
    </message>
    <message>
        <source>Demo consultation loaded: %1, %2.</source>
        <translation>Consultation de démonstration chargée : %1, %2.</translation>
    </message>
    <message>
        <source>The demo consultation is already in this store.</source>
        <translation>La consultation de démonstration est déjà dans cette base.</translation>
    </message>
    <message>
        <source>Demo consultation</source>
        <translation>Consultation de démonstration</translation>
    </message>
</context>
<context>
    <name>FolderSyncController</name>
    <message>
        <source>Sharing: %1</source>
        <translation>Partage : %1</translation>
    </message>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translation>
            <numerusform>Synchronisé avec %n collègue</numerusform>
            <numerusform>Synchronisé avec %n collègues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translation>
            <numerusform>, %n en cours d’arrivée</numerusform>
            <numerusform>, %n en cours d’arrivée</numerusform>
        </translation>
    </message>
    <message>
        <source>, last change %1</source>
        <translation>, dernière modification %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Share through a &amp;folder…</source>
        <translation>Partager par un &amp;dossier…</translation>
    </message>
    <message>
        <source>Keep this store in sync with colleagues through a folder you already share</source>
        <translation>Synchroniser cette base avec vos collègues par un dossier que vous partagez déjà</translation>
    </message>
</context>
<context>
    <name>FolderSyncDialog</name>
    <message>
        <source>Share through a folder</source>
        <translation>Partager par un dossier</translation>
    </message>
    <message>
        <source>Choose a folder your working group already shares (OneDrive, SharePoint, Nextcloud, Syncthing, a network share). Each laptop writes its changes into its own subfolder there and reads the others'.</source>
        <translation>Choisissez un dossier que votre groupe de travail partage déjà (OneDrive, SharePoint, Nextcloud, Syncthing, un partage réseau). Chaque ordinateur y écrit ses modifications dans son propre sous-dossier et lit ceux des autres.</translation>
    </message>
    <message>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Stop sharing</source>
        <translation>&amp;Arrêter le partage</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>Fichiers fusionnés</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Came in last time</source>
        <translation>Reçu la dernière fois</translation>
    </message>
    <message>
        <source>Not sharing through a folder.</source>
        <translation>Aucun partage par dossier.</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 conflits</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Preparing the import…</source>
        <translation>Préparation de l'importation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)</source>
        <translation>Importation de %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>ImportSharedWorkDialog</name>
    <message>
        <source>Import shared work</source>
        <translation>Importer un travail partagé</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Bilan de l'importation</translation>
    </message>
    <message>
        <source>Show &amp;conflicts…</source>
        <translation>Afficher les &amp;conflits…</translation>
    </message>
    <message>
        <source>Added: %1 · Updated: %2 · Unchanged: %3 · Conflicts: %4</source>
        <translation>Ajoutés : %1 · Mis à jour : %2 · Inchangés : %3 · Conflits : %4</translation>
    </message>
    <message>
        <source>%1 changes were held back: the bundle deletes or replaces many of your own rows, moves rows elsewhere, or claims to replace edits you never shared. Nothing of yours was changed; confirm or reject them in the conflicts.</source>
        <translation>%1 modifications ont été retenues : le paquet supprime ou remplace beaucoup de vos propres éléments, en déplace ailleurs ou prétend remplacer des modifications que vous n’avez jamais partagées. Rien de vos données n’a changé ; confirmez-les ou refusez-les dans les conflits.</translation>
    </message>
    <message>
        <source>A safety copy of the store was taken first: %1</source>
        <translation>Une copie de sécurité de la base a d’abord été faite : %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates: %2 · Rejected: %3</source>
        <translation>Importées : %1 · Doublons : %2 · Refusées : %3</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulée. </translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>Détails de l'importation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Imported (%1)</source>
        <translation>Importées (%1)</translation>
    </message>
    <message>
        <source>Duplicates, already in the store (%1)</source>
        <translation>Doublons, déjà dans la base (%1)</translation>
    </message>
    <message>
        <source>same file already imported</source>
        <translation>même fichier déjà importé</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <source>Skipped (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
</context>
<context>
    <name>LabelTableEditor</name>
    <message>
        <source>Labels &amp;of:</source>
        <translation>Libellés &amp;en :</translation>
    </message>
    <message>
        <source>Labels of</source>
        <translation>Libellés en</translation>
    </message>
    <message>
        <source>The language of the export whose fixed texts you edit</source>
        <translation>La langue de l'exportation dont vous modifiez les textes fixes</translation>
    </message>
    <message>
        <source>The fixed texts of Word exports (cover page, headings, citations). Write your own text in the last column; leave it empty to keep the default. Keep {placeholders} as they are.</source>
        <translation>Les textes fixes des exportations Word (page de garde, titres, citations). Écrivez votre texte dans la dernière colonne ; laissez-la vide pour garder le texte par défaut. Gardez les {champs} tels quels.</translation>
    </message>
    <message>
        <source>Export labels</source>
        <translation>Libellés d'exportation</translation>
    </message>
    <message>
        <source>Label, default text and your text; F2 edits your text</source>
        <translation>Libellé, texte par défaut et votre texte ; F2 modifie votre texte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <source>&amp;Reset this language</source>
        <translation>&amp;Rétablir cette langue</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Member State</source>
        <translation>État Membre</translation>
    </message>
    <message>
        <source>Sector Member</source>
        <translation>Membre de Secteur</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Établissement universitaire</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Société civile</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Secrétariat</translation>
    </message>
</context>
<context>
    <name>LanguageVersions</name>
    <message>
        <source>New language version</source>
        <translation>Nouvelle version linguistique</translation>
    </message>
    <message>
        <source>Language of the version:</source>
        <translation>Langue de la version :</translation>
    </message>
    <message>
        <source>The draft has a version in every language.</source>
        <translation>Le projet a une version dans chaque langue.</translation>
    </message>
    <message>
        <source>Version in %1 created: translate its blocks.</source>
        <translation>Version en %1 créée : traduisez ses blocs.</translation>
    </message>
    <message>
        <source>%1 blocks of this version are older than the original's edits (marked ⚠ in the outline).</source>
        <translation>%1 blocs de cette version sont antérieurs aux modifications de l'original (marqués ⚠ dans le plan).</translation>
    </message>
    <message>
        <source>This block is not stale.</source>
        <translation>Ce bloc n'est pas périmé.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Other language</source>
        <translation>Autre langue</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Create an empty store file and open it</source>
        <translation>Créer un fichier de base vide et l'ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translation>Ouvrir un autre fichier de base</translation>
    </message>
    <message>
        <source>&amp;Stores…</source>
        <translation>&amp;Bases…</translation>
    </message>
    <message>
        <source>Recent stores: open, forget, create</source>
        <translation>Bases récentes : ouvrir, oublier, créer</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Save a copy of the store in the backup folder</source>
        <translation>Enregistrer une copie de la base dans le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Go back to an automatic backup of this store</source>
        <translation>Revenir à une sauvegarde automatique de cette base</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Author, language, export, backups</source>
        <translation>Auteur, langue, exportation, sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import .docx, .pdf, .txt or .md contributions</source>
        <translation>Importer des contributions .docx, .pdf, .txt ou .md</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every contribution in a folder</source>
        <translation>Importer toutes les contributions d'un dossier</translation>
    </message>
    <message>
        <source>&amp;Share annotations…</source>
        <translation>&amp;Partager des annotations…</translation>
    </message>
    <message>
        <source>Save your annotations, themes and drafts as a file for a colleague</source>
        <translation>Enregistrer vos annotations, thèmes et projets dans un fichier pour un collègue</translation>
    </message>
    <message>
        <source>Import shared &amp;work…</source>
        <translation>Importer un &amp;travail partagé…</translation>
    </message>
    <message>
        <source>Merge a colleague's annotations, themes and drafts into this store</source>
        <translation>Fusionner dans cette base les annotations, thèmes et projets d'un collègue</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Edits made on two laptops to the same item, for you to settle</source>
        <translation>Modifications apportées au même élément sur deux ordinateurs, à régler par vous</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in all contributions</source>
        <translation>&amp;Chercher dans toutes les contributions</translation>
    </message>
    <message>
        <source>Search the full text of every contribution</source>
        <translation>Chercher dans le texte intégral de chaque contribution</translation>
    </message>
    <message>
        <source>Author &amp;name…</source>
        <translation>&amp;Nom de l'auteur…</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translation>Le nom que portent vos annotations</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Modifier les détails…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translation>Corriger la cote, le titre, la source, la date, la consultation</translation>
    </message>
    <message>
        <source>Set &amp;consultation…</source>
        <translation>Définir la &amp;consultation…</translation>
    </message>
    <message>
        <source>Give the contributions selected in the list one consultation</source>
        <translation>Donner une même consultation aux contributions sélectionnées dans la liste</translation>
    </message>
    <message>
        <source>Mark read/&amp;unread</source>
        <translation>Marquer lue/&amp;non lue</translation>
    </message>
    <message>
        <source>Mark the open contribution read or unread</source>
        <translation>Marquer la contribution ouverte comme lue ou non lue</translation>
    </message>
    <message>
        <source>&amp;Codebook…</source>
        <translation>&amp;Grille de codage…</translation>
    </message>
    <message>
        <source>Add, rename, merge and recolour themes</source>
        <translation>Ajouter, renommer, fusionner et recolorer des thèmes</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Aller à la &amp;liste</translation>
    </message>
    <message>
        <source>Go to the &amp;reader</source>
        <translation>Aller à la l&amp;ecture</translation>
    </message>
    <message>
        <source>Go to the &amp;annotations</source>
        <translation>Aller aux a&amp;nnotations</translation>
    </message>
    <message>
        <source>Go to the &amp;navigator</source>
        <translation>Aller au na&amp;vigateur</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>What the application is for, from import to export</source>
        <translation>À quoi sert l'application, de l'importation à l'exportation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>Load the &amp;demo consultation</source>
        <translation>Charger la consultation de &amp;démonstration</translation>
    </message>
    <message>
        <source>Six short fictional contributions to try the application on</source>
        <translation>Six courtes contributions fictives pour essayer l'application</translation>
    </message>
    <message>
        <source>&amp;About CWGI Desktop</source>
        <translation>À &amp;propos de CWGI Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Contribution</source>
        <translation>&amp;Contribution</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <source>Highlight &amp;colour</source>
        <translation>&amp;Couleur de surlignage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Switch between the contributions and the drafts</source>
        <translation>Passer des contributions aux projets</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>The contributions that match the filters; Enter opens one</source>
        <translation>Les contributions qui répondent aux filtres ; Entrée en ouvre une</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Consultations, languages, sources, themes and authors, counted</source>
        <translation>Consultations, langues, sources, thèmes et auteurs, avec leur nombre</translation>
    </message>
    <message>
        <source>Contribution text</source>
        <translation>Texte de la contribution</translation>
    </message>
    <message>
        <source>The open contribution, paragraph by paragraph; select a passage to annotate it</source>
        <translation>La contribution ouverte, paragraphe par paragraphe ; sélectionnez un passage pour l'annoter</translation>
    </message>
    <message>
        <source>Search the full text</source>
        <translation>Chercher dans le texte intégral</translation>
    </message>
    <message>
        <source>Type words to find them in every contribution; Down goes to the hits</source>
        <translation>Tapez des mots pour les trouver dans chaque contribution ; Bas mène aux résultats</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Enter opens the hit</source>
        <translation>Entrée ouvre le résultat</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Annotations of the open contribution; Enter goes to the passage</source>
        <translation>Annotations de la contribution ouverte ; Entrée mène au passage</translation>
    </message>
    <message>
        <source>Import contributions</source>
        <translation>Importer des contributions</translation>
    </message>
    <message>
        <source>Contributions (%1);;All files (*)</source>
        <translation>Contributions (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a folder of contributions</source>
        <translation>Importer un dossier de contributions</translation>
    </message>
    <message>
        <source>No other store yet</source>
        <translation>Pas encore d'autre base</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as read</source>
        <translation>Marquée comme lue</translation>
    </message>
    <message>
        <source>Marked as unread</source>
        <translation>Marquée comme non lue</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Imported %1, duplicates %2, rejected %3</source>
        <translation>Importées : %1, doublons : %2, refusées : %3</translation>
    </message>
    <message>
        <source>Annotations will carry the name %1.</source>
        <translation>Les annotations porteront le nom %1.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>MetadataDialog</name>
    <message>
        <source>Contribution details</source>
        <translation>Détails de la contribution</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation>&amp;Cote :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>Source t&amp;ype:</source>
        <translation>T&amp;ype de source :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Consultation or meeting:</source>
        <translation>Co&amp;nsultation ou réunion :</translation>
    </message>
    <message>
        <source>e.g. C26/77-F or CWG-Internet-22/4-E</source>
        <translation>p. ex. C26/77-F ou CWG-Internet-22/4-E</translation>
    </message>
    <message>
        <source>Write the date as yyyy-mm-dd.</source>
        <translation>Écrivez la date sous la forme aaaa-mm-jj.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>All contributions</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <source>Consultations and meetings</source>
        <translation>Consultations et réunions</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Source types</source>
        <translation>Types de source</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>New draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Group the compilation</source>
        <translation>Regrouper la compilation</translation>
    </message>
    <message>
        <source>by stakeholder group</source>
        <translation>par groupe de parties prenantes</translation>
    </message>
    <message>
        <source>by theme</source>
        <translation>par thème</translation>
    </message>
    <message>
        <source>Start from the kind's template</source>
        <translation>Partir du modèle de cette nature de document</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Partir d'un projet vide</translation>
    </message>
    <message>
        <source>Build a scaffold from the consultation's annotations</source>
        <translation>Construire une trame à partir des annotations de la consultation</translation>
    </message>
    <message>
        <source>Generate the compilation of the consultation</source>
        <translation>Produire la compilation de la consultation</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Nature :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Consultation:</source>
        <translation>Consultation :</translation>
    </message>
    <message>
        <source>Choose the consultation to build from.</source>
        <translation>Choisissez la consultation de départ.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves.</source>
        <translation>Ctrl+Entrée enregistre.</translation>
    </message>
</context>
<context>
    <name>OtherTools</name>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Export for QDA software</source>
        <translation>Exporter vers un logiciel d’analyse qualitative</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx);;All files (*)</source>
        <translation>Projets REFI-QDA (*.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import from QDA software</source>
        <translation>Importer depuis un logiciel d’analyse qualitative</translation>
    </message>
    <message>
        <source>Export the codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
    <message>
        <source>REFI-QDA codebooks (*.qdc);;All files (*)</source>
        <translation>Livres de codes REFI-QDA (*.qdc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Importer un livre de codes</translation>
    </message>
    <message>
        <source>Export contributions for Zotero</source>
        <translation>Exporter les contributions pour Zotero</translation>
    </message>
    <message>
        <source>CSL-JSON (*.json);;All files (*)</source>
        <translation>CSL-JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Other tools</source>
        <translation>&amp;Autres outils</translation>
    </message>
    <message>
        <source>&amp;Export for QDA software (.qdpx)…</source>
        <translation>&amp;Exporter vers un logiciel d’analyse qualitative (.qdpx)…</translation>
    </message>
    <message>
        <source>Contributions, annotations and themes for QualCoder, NVivo, ATLAS.ti, MAXQDA</source>
        <translation>Contributions, annotations et thèmes pour QualCoder, NVivo, ATLAS.ti, MAXQDA</translation>
    </message>
    <message>
        <source>&amp;Import from QDA software (.qdpx)…</source>
        <translation>&amp;Importer depuis un logiciel d’analyse qualitative (.qdpx)…</translation>
    </message>
    <message>
        <source>Sources, coded segments and notes of a REFI-QDA project</source>
        <translation>Sources, segments codés et notes d’un projet REFI-QDA</translation>
    </message>
    <message>
        <source>Export the &amp;codebook (.qdc)…</source>
        <translation>Exporter le &amp;livre de codes (.qdc)…</translation>
    </message>
    <message>
        <source>The themes as a REFI-QDA codebook</source>
        <translation>Les thèmes sous forme de livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Import a code&amp;book (.qdc)…</source>
        <translation>Importer un livre de &amp;codes (.qdc)…</translation>
    </message>
    <message>
        <source>Add a REFI-QDA codebook's codes as themes</source>
        <translation>Ajouter comme thèmes les codes d’un livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Export contributions for &amp;Zotero (CSL-JSON)…</source>
        <translation>Exporter les contributions pour &amp;Zotero (CSL-JSON)…</translation>
    </message>
    <message>
        <source>Cite contributions from Zotero or pandoc</source>
        <translation>Citer les contributions depuis Zotero ou pandoc</translation>
    </message>
</context>
<context>
    <name>OutlineDelegate</name>
    <message>
        <source>Annex %1</source>
        <translation>Annexe %1</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Stale: the original was edited after this translation</source>
        <translation>Périmé : l'original a été modifié après cette traduction</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Preference pages</source>
        <translation>Pages des préférences</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportation</translation>
    </message>
    <message>
        <source>Export &amp;labels</source>
        <translation>&amp;Libellés d'exportation</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sauvegardes</translation>
    </message>
    <message>
        <source>Author name</source>
        <translation>Nom de l'auteur</translation>
    </message>
    <message>
        <source>The name your annotations carry</source>
        <translation>Le nom que portent vos annotations</translation>
    </message>
    <message>
        <source>e.g. Jane Doe (Switzerland)</source>
        <translation>p. ex. Jeanne Dupont (Suisse)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>%1 (not translated yet)</source>
        <translation>%1 (pas encore traduite)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <source>The language of menus and dialogs</source>
        <translation>La langue des menus et des boîtes de dialogue</translation>
    </message>
    <message>
        <source>A new interface language applies when you press OK: the window reopens in it.</source>
        <translation>Une nouvelle langue d'interface s'applique quand vous appuyez sur OK : la fenêtre se rouvre dans cette langue.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
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
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Light or dark colours, or as the system says</source>
        <translation>Couleurs claires ou sombres, ou comme le dit le système</translation>
    </message>
    <message>
        <source>Mark &amp;misspelt words in drafts</source>
        <translation>Souligner les &amp;fautes d’orthographe dans les projets</translation>
    </message>
    <message>
        <source>Spell-check</source>
        <translation>Vérification orthographique</translation>
    </message>
    <message>
        <source>Red wavy underlines under misspelt words, in the draft's language</source>
        <translation>Soulignement ondulé rouge sous les mots mal orthographiés, dans la langue du projet</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Langue de l'&amp;interface :</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation>Orthographe :</translation>
    </message>
    <message>
        <source>The draft's own language</source>
        <translation>La langue du projet</translation>
    </message>
    <message>
        <source>Default export language</source>
        <translation>Langue d'exportation par défaut</translation>
    </message>
    <message>
        <source>The language of the fixed texts of a Word export</source>
        <translation>La langue des textes fixes d'une exportation Word</translation>
    </message>
    <message>
        <source>Export font</source>
        <translation>Police d'exportation</translation>
    </message>
    <message>
        <source>The body font of Word exports (ITU documents use Calibri)</source>
        <translation>La police du texte des exportations Word (les documents de l'UIT utilisent Calibri)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Image du logo</translation>
    </message>
    <message>
        <source>An image for the cover page of Word exports</source>
        <translation>Une image pour la page de garde des exportations Word</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a logo image</source>
        <translation>Choisir une image de logo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>Default export &amp;language:</source>
        <translation>&amp;Langue d'exportation par défaut :</translation>
    </message>
    <message>
        <source>Export &amp;font:</source>
        <translation>&amp;Police d'exportation :</translation>
    </message>
    <message>
        <source>L&amp;ogo image:</source>
        <translation>Image du l&amp;ogo :</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Where the automatic backups of your stores go</source>
        <translation>L'endroit où vont les sauvegardes automatiques de vos bases</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à conserver</translation>
    </message>
    <message>
        <source>Older backups of a store are deleted</source>
        <translation>Les sauvegardes plus anciennes d'une base sont supprimées</translation>
    </message>
    <message>
        <source>Each time the window closes</source>
        <translation>À chaque fermeture de la fenêtre</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Never (not advised)</source>
        <translation>Jamais (déconseillé)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>When the automatic backup is made</source>
        <translation>Quand la sauvegarde automatique est faite</translation>
    </message>
    <message>
        <source>A backup is a consistent copy of the store, made while you work. File ▸ Restore from backup… brings one back.</source>
        <translation>Une sauvegarde est une copie cohérente de la base, faite pendant que vous travaillez. Fichier ▸ Restaurer une sauvegarde… en rétablit une.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier de sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation>&amp;Conserver :</translation>
    </message>
    <message>
        <source>Back &amp;up:</source>
        <translation>&amp;Sauvegarder :</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>ReaderText</name>
    <message>
        <source>Contribution text</source>
        <translation>Texte de la contribution</translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message>
        <source>Reader</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Version linguistique</translation>
    </message>
    <message>
        <source>Other language versions of this document</source>
        <translation>Autres versions linguistiques de ce document</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les détails…</translation>
    </message>
    <message>
        <source>Correct symbol, title, source, date, consultation</source>
        <translation>Corriger la cote, le titre, la source, la date, la consultation</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>No contribution open</source>
        <translation>Aucune contribution ouverte</translation>
    </message>
    <message>
        <source>Choose a contribution in the list or a search hit.</source>
        <translation>Choisissez une contribution dans la liste ou un résultat de recherche.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Consultation: %1</source>
        <translation>Consultation : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lue</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marquer comme non lue</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marquer comme lue</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <source>Related passages</source>
        <translation>Passages apparentés</translation>
    </message>
    <message>
        <source>Select a paragraph, an annotation or a finding.</source>
        <translation>Sélectionnez un paragraphe, une annotation ou une conclusion.</translation>
    </message>
    <message>
        <source>Suggested themes (Enter accepts, Delete dismisses)</source>
        <translation>Thèmes suggérés (Entrée accepte, Suppr écarte)</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Thèmes suggérés</translation>
    </message>
    <message>
        <source>Passages making the point of ¶%1</source>
        <translation>Passages qui font valoir le point du ¶%1</translation>
    </message>
    <message>
        <source>Passages making the point of the annotation</source>
        <translation>Passages qui font valoir le point de l'annotation</translation>
    </message>
    <message>
        <source>Passages making the point of the finding</source>
        <translation>Passages qui font valoir le point de la conclusion</translation>
    </message>
    <message>
        <source>Looking for related passages…</source>
        <translation>Recherche de passages apparentés…</translation>
    </message>
    <message>
        <source>Nothing related yet: %1 of %2 paragraphs indexed.</source>
        <translation>Rien d'apparenté pour l'instant : %1 paragraphes indexés sur %2.</translation>
    </message>
    <message>
        <source>No related passage found.</source>
        <translation>Aucun passage apparenté trouvé.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>From %1 annotated passages nearby</source>
        <translation>D'après %1 passages annotés proches</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The window closes, the backup takes the place of the store, and the window opens again. The current file is kept beside it (its name ends in “.replaced-” and the date), so nothing is lost.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. La fenêtre se ferme, la sauvegarde prend la place de la base, puis la fenêtre se rouvre. Le fichier actuel est conservé à côté (son nom se termine par « .replaced- » et la date) : rien n'est perdu.</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>Dossier de sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The backups of this store, newest first</source>
        <translation>Les sauvegardes de cette base, la plus récente d'abord</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>There is no backup of this store yet.</source>
        <translation>Cette base n'a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Import reviewed document…</source>
        <translation>&amp;Importer le document relu…</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Suggested changes</source>
        <translation>Modifications proposées</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>The change in its context</source>
        <translation>La modification dans son contexte</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;traité</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Accept change</source>
        <translation>&amp;Accepter la modification</translation>
    </message>
    <message>
        <source>Re&amp;ject change</source>
        <translation>Re&amp;jeter la modification</translation>
    </message>
    <message>
        <source>Review of “%1”</source>
        <translation>Relecture de « %1 »</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>done</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>(whole draft)</source>
        <translation>(projet entier)</translation>
    </message>
    <message>
        <source>%1 open comments, %2 open suggested changes</source>
        <translation>%1 commentaires ouverts, %2 modifications proposées ouvertes</translation>
    </message>
    <message>
        <source>Import reviewed document</source>
        <translation>Importer le document relu</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>Rien n’a encore été importé.</translation>
    </message>
    <message>
        <source>Another draft</source>
        <translation>Un autre projet</translation>
    </message>
    <message>
        <source>“%1” was exported from the draft “%2”, not from “%3”. Import its comments and changes into “%3” anyway?</source>
        <translation>« %1 » a été exporté depuis le projet « %2 », pas depuis « %3 ». Importer quand même ses commentaires et modifications dans « %3 » ?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>RevisionsDialog</name>
    <message>
        <source>Take a named version</source>
        <translation>Enregistrer une version nommée</translation>
    </message>
    <message>
        <source>Name of this version:</source>
        <translation>Nom de cette version :</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Version du %1</translation>
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
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions of the draft</source>
        <translation>Versions du projet</translation>
    </message>
    <message>
        <source>Take a version…</source>
        <translation>Enregistrer une version…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Two versions selected: compare them. One: compare it with the draft as it is now.</source>
        <translation>Deux versions sélectionnées : les comparer. Une seule : la comparer au projet tel qu'il est maintenant.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Export changes as Word…</source>
        <translation>Exporter les modifications en Word…</translation>
    </message>
    <message>
        <source>Export changes as Word</source>
        <translation>Exporter les modifications en Word</translation>
    </message>
    <message>
        <source>A Word document with the changes since the selected version as tracked changes (two selected: from the older to the newer)</source>
        <translation>Un document Word montrant les modifications depuis la version choisie en suivi des modifications (deux versions choisies : de la plus ancienne à la plus récente)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&lt;span style="%1"&gt;deleted&lt;/span&gt; · &lt;span style="%2"&gt;inserted&lt;/span&gt;</source>
        <translation>&lt;span style="%1"&gt;supprimé&lt;/span&gt; · &lt;span style="%2"&gt;inséré&lt;/span&gt;</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translation>Exporter les modifications vers</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Écriture du document…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Rien n'a été exporté : %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>%1 blocks differ</source>
        <translation>%1 blocs diffèrent</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the full text</source>
        <translation>Chercher dans le texte intégral</translation>
    </message>
    <message>
        <source>Search all contributions (Ctrl+F)</source>
        <translation>Chercher dans toutes les contributions (Ctrl+F)</translation>
    </message>
    <message>
        <source>By meaning</source>
        <translation>Par le sens</translation>
    </message>
    <message>
        <source>Search by meaning</source>
        <translation>Recherche par le sens</translation>
    </message>
    <message>
        <source>Also find passages that say the same thing in other words or other languages</source>
        <translation>Trouver aussi les passages qui disent la même chose en d'autres mots ou dans d'autres langues</translation>
    </message>
    <message>
        <source>Search hits</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>SemanticUi</name>
    <message>
        <source>Related passages</source>
        <translation>Passages apparentés</translation>
    </message>
    <message>
        <source>Theme %1 added to the paragraph</source>
        <translation>Thème %1 ajouté au paragraphe</translation>
    </message>
    <message>
        <source>Theme %1 will not be suggested here again</source>
        <translation>Le thème %1 ne sera plus suggéré ici</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share annotations</source>
        <translation>Partager des annotations</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only changes since</source>
        <translation>Seulement les modifications depuis</translation>
    </message>
    <message>
        <source>Only changes since a date</source>
        <translation>Seulement les modifications depuis une date</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifié depuis</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>All consultations</source>
        <translation>Toutes les consultations</translation>
    </message>
    <message>
        <source>Include the full texts of the contributions</source>
        <translation>Inclure le texte intégral des contributions</translation>
    </message>
    <message>
        <source>Include full texts</source>
        <translation>Inclure les textes intégraux</translation>
    </message>
    <message>
        <source>Include drafts</source>
        <translation>Inclure les projets</translation>
    </message>
    <message>
        <source>Include drafts that carry other authors' notes</source>
        <translation>Inclure les projets contenant des notes d’autres auteurs</translation>
    </message>
    <message>
        <source>Include other authors' notes</source>
        <translation>Inclure les notes d’autres auteurs</translation>
    </message>
    <message>
        <source>Drafts carrying other authors' notes</source>
        <translation>Projets contenant des notes d’autres auteurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>&amp;Consultation:</source>
        <translation>&amp;Consultation :</translation>
    </message>
    <message>
        <source>&amp;Save bundle…</source>
        <translation>&amp;Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>No draft carries other authors' notes.</source>
        <translation>Aucun projet ne contient de notes d’autres auteurs.</translation>
    </message>
    <message>
        <source>These drafts carry notes of other authors and are left out unless included: %1</source>
        <translation>Ces projets contiennent des notes d’autres auteurs et sont laissés de côté sauf si vous les incluez : %1</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>CWGI bundles (*%1)</source>
        <translation>Paquets CWGI (*%1)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message numerus="yes">
        <source>%n annotations</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n themes</source>
        <translation>
            <numerusform>%n thème</numerusform>
            <numerusform>%n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n projet</numerusform>
            <numerusform>%n projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1: %2.</source>
        <translation>%1 enregistré : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors' notes.</source>
        <translation>
            <numerusform>%n projet contenant des notes d’autres auteurs a été laissé de côté.</numerusform>
            <numerusform>%n projets contenant des notes d’autres auteurs ont été laissés de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Actions and their keys, by menu</source>
        <translation>Les actions et leurs touches, par menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StoreManager</name>
    <message>
        <source>CWGI stores (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases CWGI (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Ouvrir une base</translation>
    </message>
</context>
<context>
    <name>StoreManagerDialog</name>
    <message>
        <source>Stores</source>
        <translation>Bases</translation>
    </message>
    <message>
        <source>A store is one file holding the contributions, annotations and drafts of your work. Keep one per consultation, or one for everything.</source>
        <translation>Une base est un fichier qui contient les contributions, les annotations et les projets de votre travail. Gardez-en une par consultation, ou une pour tout.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Bases récentes</translation>
    </message>
    <message>
        <source>Stores opened lately, most recent first</source>
        <translation>Les bases ouvertes dernièrement, la plus récente d'abord</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>O&amp;ublier</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Remove from this list (the file is not deleted)</source>
        <translation>Retirer de cette liste (le fichier n'est pas supprimé)</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nouvelle base…</translation>
    </message>
    <message>
        <source>Open another &amp;file…</source>
        <translation>Ouvrir un autre &amp;fichier…</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (ouverte)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>Upgrading the store…</source>
        <translation>Mise à niveau de la base…</translation>
    </message>
    <message>
        <source>Upgrading the store</source>
        <translation>Mise à niveau de la base</translation>
    </message>
    <message>
        <source>Upgrading the store (step %1 of %2)…</source>
        <translation>Mise à niveau de la base (étape %1 sur %2)…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n'a été restauré : %1</translation>
    </message>
    <message>
        <source>Restored the backup %1.</source>
        <translation>Sauvegarde %1 restaurée.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nouvelle base</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sharing status</source>
        <translation>État du partage</translation>
    </message>
    <message>
        <source>Share through a folder: click for each colleague</source>
        <translation>Partage par dossier : cliquez pour voir chaque collègue</translation>
    </message>
</context>
<context>
    <name>ThemePickerDialog</name>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Filter themes</source>
        <translation>Filtrer les thèmes</translation>
    </message>
    <message>
        <source>Type to filter, or to name a new theme</source>
        <translation>Tapez pour filtrer, ou pour nommer un nouveau thème</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Grille de codage</translation>
    </message>
    <message>
        <source>The codebook is empty: type a theme name, or load the Resolution 1305 starter codebook from Annotate ▸ Codebook.</source>
        <translation>La grille de codage est vide : tapez le nom d'un thème, ou chargez la grille de départ de la Résolution 1305 depuis Annoter ▸ Grille de codage.</translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What was skipped</source>
        <translation>Éléments ignorés</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translation>
            <numerusform>%1 enregistré : %n thème</numerusform>
            <numerusform>%1 enregistré : %n thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translation>
            <numerusform>%1 enregistré : %n contribution</numerusform>
            <numerusform>%1 enregistré : %n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 enregistré : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n coded selection(s)</source>
        <translation>
            <numerusform>%n sélection codée</numerusform>
            <numerusform>%n sélections codées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) added (%1 already here)</source>
        <translation>
            <numerusform>%n thème ajouté (%1 déjà présents)</numerusform>
            <numerusform>%n thèmes ajoutés (%1 déjà présents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translation>
            <numerusform>%n contribution ajoutée (%1 déjà présentes)</numerusform>
            <numerusform>%n contributions ajoutées (%1 déjà présentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translation>
            <numerusform>%n annotation ajoutée (%1 déjà présentes)</numerusform>
            <numerusform>%n annotations ajoutées (%1 déjà présentes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n élément ignoré</numerusform>
            <numerusform>%n éléments ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>Rien n’a été fait : %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Note on “%1”</source>
        <translation>Note sur « %1 »</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Thèmes de « %1 »</translation>
    </message>
    <message>
        <source>Highlight “%1”</source>
        <translation>Surligner « %1 »</translation>
    </message>
    <message>
        <source>Delete annotation “%1”</source>
        <translation>Supprimer l'annotation « %1 »</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Modifier les détails de %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>CWGI Desktop user guide</source>
        <translation>Guide de l'utilisateur de CWGI Desktop</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l'utilisateur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>File ▸ Import files… (Ctrl+I) or drop files on the window: .docx, .pdf, .txt and .md contributions in any of the six ITU languages. Symbol, language, source, title and date are read from the first page; correct them with Contribution ▸ Edit details… (F2).</source>
        <translation>Fichier ▸ Importer des fichiers… (Ctrl+I), ou déposez des fichiers sur la fenêtre : des contributions .docx, .pdf, .txt et .md dans l'une des six langues de l'UIT. La cote, la langue, la source, le titre et la date sont lus sur la première page ; corrigez-les avec Contribution ▸ Modifier les détails… (F2).</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Filter the list by consultation, language, source or theme, or search the full text of every contribution (Ctrl+F). The reader numbers paragraphs and offers the other language versions of a document.</source>
        <translation>Filtrez la liste par consultation, langue, source ou thème, ou cherchez dans le texte intégral de chaque contribution (Ctrl+F). La lecture numérote les paragraphes et propose les autres versions linguistiques d'un document.</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annoter</translation>
    </message>
    <message>
        <source>Select a passage and highlight it (Ctrl+H), write a note (Ctrl+Shift+N) or tag it with themes of the codebook (Ctrl+T). Highlights are underlined, dashed when they carry a note, so they read without colour too.</source>
        <translation>Sélectionnez un passage et surlignez-le (Ctrl+H), écrivez une note (Ctrl+Maj+N) ou associez-lui des thèmes de la grille de codage (Ctrl+T). Les surlignages sont soulignés, en tirets quand ils portent une note : ils se lisent aussi sans couleur.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>In the Drafts workspace, write an analytical summary, key findings or guidelines as numbered blocks.</source>
        <translation>Dans l'espace Projets, rédigez un résumé analytique, des constatations clés ou des lignes directrices en blocs numérotés.</translation>
    </message>
    <message>
        <source>Cite</source>
        <translation>Citer</translation>
    </message>
    <message>
        <source>Every finding cites the contributions behind it ([@C26/77]); the coverage panel shows which inputs no block cites yet.</source>
        <translation>Chaque constatation cite les contributions sur lesquelles elle repose ([@C26/77]) ; le panneau de couverture montre les contributions qu'aucun bloc ne cite encore.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export a draft to Word in ITU layout, in any of the six languages, or to Markdown. Preferences set the default language, font, logo and the fixed texts of the layout.</source>
        <translation>Exportez un projet vers Word à la présentation de l'UIT, dans l'une des six langues, ou vers Markdown. Les préférences fixent la langue par défaut, la police, le logo et les textes fixes de la présentation.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Send your annotations and drafts to a colleague as one bundle file; importing a bundle merges it with your work.</source>
        <translation>Envoyez vos annotations et vos projets à un collègue dans un seul fichier paquet ; importer un paquet le fusionne avec votre travail.</translation>
    </message>
    <message>
        <source>It turns the inputs to a CWG-Internet consultation into substantive outputs (analytical summaries, key findings, guidelines) whose every point cites the contributions behind it. It works offline: nothing is fetched from or sent to a network.</source>
        <translation>Elle transforme les contributions à une consultation du CWG-Internet en documents de fond (résumés analytiques, constatations clés, lignes directrices) dont chaque point cite les contributions sur lesquelles il repose. Elle fonctionne hors ligne : rien n'est reçu d'un réseau ni envoyé sur un réseau.</translation>
    </message>
    <message>
        <source>Everything is saved as you go in one store file. Automatic backups are made when the window closes or once a day (Preferences ▸ Backups); File ▸ Restore from backup… goes back to one. File ▸ New store… and Open store… keep one store per consultation.</source>
        <translation>Tout est enregistré au fur et à mesure dans un seul fichier de base. Des sauvegardes automatiques sont faites à la fermeture de la fenêtre ou une fois par jour (Préférences ▸ Sauvegardes) ; Fichier ▸ Restaurer une sauvegarde… permet d'y revenir. Fichier ▸ Nouvelle base… et Ouvrir une base… permettent de garder une base par consultation.</translation>
    </message>
    <message>
        <source>Help ▸ Keyboard shortcuts lists every shortcut. Help ▸ Load the demo consultation gives you something to try everything on.</source>
        <translation>Aide ▸ Raccourcis clavier liste tous les raccourcis. Aide ▸ Charger la consultation de démonstration vous donne de quoi tout essayer.</translation>
    </message>
</context>
</TS>
