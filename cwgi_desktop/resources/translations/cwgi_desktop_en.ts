<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConsultationTexts</name>
    <message numerus="yes">
        <source>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation&apos;s contributions.</source>
        <translation>
            <numerusform>Which consultation or meeting does the chosen item belong to? Coverage checks a draft against its consultation&apos;s contributions.</numerusform>
            <numerusform>Which consultation or meeting do the %n chosen items belong to? Coverage checks a draft against its consultation&apos;s contributions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The consultation or meeting of the %n selected contributions:</source>
        <translation>
            <numerusform>The consultation or meeting of the selected contribution:</numerusform>
            <numerusform>The consultation or meeting of the %n selected contributions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the consultation of %n contributions</source>
        <translation>
            <numerusform>Set the consultation of one contribution</numerusform>
            <numerusform>Set the consultation of %n contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contributions now belong to “%1”.</source>
        <translation>
            <numerusform>%n contribution now belongs to “%1”.</numerusform>
            <numerusform>%n contributions now belong to “%1”.</numerusform>
        </translation>
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
    <name>FolderSyncController</name>
    <message numerus="yes">
        <source>In sync with %n colleague(s)</source>
        <translation>
            <numerusform>In sync with %n colleague</numerusform>
            <numerusform>In sync with %n colleagues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n still arriving</source>
        <translation>
            <numerusform>, %n still arriving</numerusform>
            <numerusform>, %n still arriving</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n contributions</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReaderView</name>
    <message numerus="yes">
        <source>%n paragraphs</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n hits</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
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
            <numerusform>%n theme</numerusform>
            <numerusform>%n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n drafts</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n drafts carrying other authors&apos; notes.</source>
        <translation>
            <numerusform>Left out %n draft carrying other authors&apos; notes.</numerusform>
            <numerusform>Left out %n drafts carrying other authors&apos; notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolJobDialog</name>
    <message numerus="yes">
        <source>Wrote %1: %n theme(s)</source>
        <translation>
            <numerusform>Wrote %1: %n theme</numerusform>
            <numerusform>Wrote %1: %n themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n contribution(s)</source>
        <translation>
            <numerusform>Wrote %1: %n contribution</numerusform>
            <numerusform>Wrote %1: %n contributions</numerusform>
        </translation>
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
            <numerusform>%n coded selection</numerusform>
            <numerusform>%n coded selections</numerusform>
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
            <numerusform>%n theme added (%1 already here)</numerusform>
            <numerusform>%n themes added (%1 already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s) added (%1 already here)</source>
        <translation>
            <numerusform>%n contribution added (%1 already here)</numerusform>
            <numerusform>%n contributions added (%1 already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) added (%1 already here)</source>
        <translation>
            <numerusform>%n annotation added (%1 already here)</numerusform>
            <numerusform>%n annotations added (%1 already here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n item skipped</numerusform>
            <numerusform>%n items skipped</numerusform>
        </translation>
    </message>
</context>
</TS>
