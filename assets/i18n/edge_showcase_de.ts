<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>&amp;Beschleuniger</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>Katalog von Windows ML wird gelesen...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>Execution Provider wird installiert... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>Kein Windows-ML-Katalog auf diesem Rechner (Windows 11 mit dem Paket windowsml)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}: installiert</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>{provider} installieren ({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>{provider} installieren?</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>Windows ML lädt den Execution Provider {provider} herunter und installiert ihn (Version {version}, für diesen Rechner zertifiziert).

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>Windows ML lädt den Execution Provider {provider} herunter und installiert ihn (Version {version}, für diesen Rechner nicht zertifiziert).

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>Quelle: {source}; Paket {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>Nur hierfür bittet die App Windows, das Netzwerk zu nutzen. Jetzt installieren?</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>{provider} wird über Windows ML installiert...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>{provider} ist installiert, aber onnxruntime lehnt ihn ab: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>{provider} installiert und registriert: Die Erkennung startet darauf neu</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>Fragen Sie mich etwas, zum Beispiel: Schreib ein kurzes Gedicht über diesen Messestand.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>Alle drei laufen lokal auf diesem Laptop ({devices}). Nichts verlässt ihn.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}: Live-Untertitel</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp gegen onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>Nenne drei Verwendungen einer Laptop-Kamera.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>Antworten vergleichen: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>Beide fragen</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>Beiden Seiten diese Frage stellen (Eingabetaste)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>erstes Wort {ms} ms · {rate} Tokens/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>Beide Seiten werden aufgewärmt...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>{fast} antwortete {ratio}x so schnell wie {slow} ({fast_rate} gegen {slow_rate} Tokens/s)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>Antworten, eine Seite nach der anderen...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>Chats durchsuchen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>Den ausgewählten Chat von diesem Computer löschen</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>Den ausgewählten Chat als Markdown speichern</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>Diese Unterhaltung von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>Chat als Markdown exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>Chat exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · Kontext {context} · {engine} auf {device}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>Inferenz-Engine: Auto nimmt onnxruntime-genai, wo eine Variante des Modells die NPU oder GPU erreicht, sonst die auf dieser CPU schnellere Engine (einmal gemessen); llama.cpp für eine GGUF-Datei</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}: nicht verfügbar</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>Modell (Strg+Umschalt+O öffnet eine GGUF-Datei)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>Chatmodell: {model}, {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>Es wird gemessen, welches Chatmodell dieser Rechner flüssig ausgibt...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (mitgeliefert)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>Modell öffnen...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>Modellordner öffnen (onnxruntime-genai, MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>GGUF-Modell öffnen</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>GGUF-Modelle (*.gguf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>Modellordner für onnxruntime-genai oder MLC öffnen</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto misst die Engines einmalig auf einem neuen Rechner)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>{model} wird geladen...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> ({model} bleibt geladen)</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Fragen Sie etwas. Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antwortet</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>ein Sprachmodell auf diesem Laptop</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>Der Chatverlauf wird wieder gespeichert</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>Temperatur (0 = deterministisch)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Senden (Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>Antwort abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>Die letzte Nachricht erneut beantworten (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Eine neue Unterhaltung beginnen (Strg+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>Die letzte Antwort kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>Chatmodell bereit: {model} auf {device}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>Das Modell lädt noch; Ihre Nachricht bleibt im Eingabefeld</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>lese die Frage...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>Ausgabe läuft · {rate} Tokens/s im Schnitt · 95 % der Tokens in {ms} ms · {tokens} Tokens</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>bis zum ersten Wort</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>Die Antwort wurde beendet: ein anderes Modell wurde geladen</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>Es wird geprüft, welche Messefragen dieses Modell richtig beantwortet...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>Antwort kopiert</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU gegen Beschleuniger (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 gegen INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>Vergleich: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>wird geladen...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>Beide Seiten werden geladen und aufgewärmt...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Kein zweites Gerät</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>Energie: Ruheverbrauch wird gemessen, nichts läuft (noch {seconds} s)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>Energie: {side} wird allein gemessen (noch {seconds} s)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>{watts} W jetzt</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} braucht {ratio}x weniger Energie pro Bild ({low} statt {high} mJ, gemittelt über je {seconds} s, {idle} W Ruheverbrauch abgezogen)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>Energie: {side} braucht {mj} mJ pro Bild ({watts} W über {idle} W Ruheverbrauch, gemittelt über {seconds} s)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>Energie: zu nah am Ruheverbrauch, um sie zu messen ({idle} W Ruheverbrauch, gemittelt über {seconds} s)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>Energie: am Netzteil – zum Messen das Ladegerät abziehen</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>Energie: nur ein Administrator darf die Leistungszähler dieses Rechners lesen</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>Energie: die Leistungsmessung brach ab, bevor der Wert feststand</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>Energie: dieser Rechner meldet keine Leistungsaufnahme</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · nichts zum Vergleichen auf diesem Rechner · {frames} Bilder</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>Beschleunigung {speedup}x · Übereinstimmung {agreement} · {frames} Bilder</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>Wo das Modell läuft: Auto wählt NPU, dann GPU, dann CPU; „Beste NPU“ den besten Provider eines Gerätetyps; oder einen bestimmten Provider</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>{engine} legt selbst fest, wo das Modell läuft</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>Beste {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name} (auf diesem Rechner nicht gefunden)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>In dieser Sitzung ist nichts schiefgegangen.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>Auch gespeichert in {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>Der Protokollordner ist nicht beschreibbar: Ereignisse stehen nur hier</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>Warum schützt KI, die auf einem Laptop läuft, die Privatsphäre? Antworte in drei kurzen Stichpunkten.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>PIN zum Verlassen des Kioskmodus (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>Falsche PIN. PIN zum Verlassen des Kioskmodus (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>Läuft auf diesem Laptop. Nichts verlässt ihn. Scannen Sie für mehr.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>Assamesisch</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>Aserbaidschanisch</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>Baschkirisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tibetisch</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Bretonisch</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>Bosnisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Walisisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>Baskisch</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>Färöisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>Galicisch</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>Haussa</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>Hawaiisch</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Haiti-Kreolisch</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>Isländisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>Javanisch</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Georgisch</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kasachisch</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latein</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>Luxemburgisch</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>Lingala</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Laotisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>Malagasy</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>Māori</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongolisch</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>Malaiisch</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>Maltesisch</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmanisch</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalesisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norwegisch (Nynorsk)</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>Okzitanisch</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Paschtu</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>Sanskrit</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>Sindhi</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Singhalesisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>Shona</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>Serbisch</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>Sundanesisch</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>Tadschikisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>Turkmenisch</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>Tagalog</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>Tatarisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Usbekisch</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>Jiddisch</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>Yoruba</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live-Objekterkennung, Spracherkennung und ein Chat-Assistent, die vollständig auf diesem Computer laufen, auf dem besten Beschleuniger, den er hat (NPU, dann GPU, dann CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Datenschutz:&lt;/b&gt; Nichts wird über das Netzwerk gesendet. Kamerabilder verlassen diesen Rechner nie.&lt;/p&gt;&lt;p&gt;Modelle: SSD-MobileNetV2 COCO (TensorFlow Model Zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai oder llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai oder faster-whisper; vosk (Apache-2.0) mit einem vosk-Modell, wo eines installiert ist. Der Chatverlauf bleibt in einer lokalen SQLite-Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>Speicher, den diese App und ihre Engine-Prozesse gerade belegen, Modelle eingeschlossen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;Alles läuft auf diesem Computer.&lt;/b&gt; Nichts, was Sie zeigen, sagen oder tippen, wird irgendwohin gesendet: kein Konto, keine Cloud, keine Telemetrie. Einstellungen: &lt;code&gt;{settings}&lt;/code&gt;; Chatverlauf: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>Diesen Hinweis dauerhaft ausblenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>Video oder Bild ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>Detektor-&amp;Modell öffnen...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>&amp;Eingebauten Detektor verwenden</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>&amp;Schnappschuss speichern</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>Bericht &amp;exportieren...</translation>
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
        <source>&amp;Vision</source>
        <translation>&amp;Bild</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>&amp;Dashboard (alle drei)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>Erkennung &amp;starten / stoppen</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>CPU gegen Beschleuniger &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>FP32 gegen &amp;INT8 vergleichen</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>&amp;Antworten vergleichen: CPU gegen Beschleuniger</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>Antworten vergleichen: llama.cpp gegen onnxruntime-&amp;genai</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>&amp;Transkripte vergleichen: CPU gegen Beschleuniger</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>Transkripte vergleichen: faster-&amp;whisper gegen onnxruntime-genai</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>&amp;Untertitelfenster</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Vo&amp;llbild</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>&amp;Kiosk-Modus (Messestand)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Oberflächensprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Systemsprache</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>Das Fenster erscheint ab dem nächsten Start in {language}.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>Sitzungsbericht exportieren nach...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>Bericht wird nach {folder} geschrieben...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Bericht geschrieben: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>Speicher {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>Über {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>Kiosk-Modus</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>Das Dashboard füllt diesen Bildschirm, Menüs und Reiter sind ausgeblendet, und die Demos laufen von selbst, wenn niemand am Stand ist. Verlassen mit {chord} (und der PIN, falls gesetzt): die App wird dann beendet.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>Netzwerk: wird geprüft...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>Netzwerk: unbekannt</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>Die Verbindungen dieser App ließen sich nicht vom Betriebssystem lesen: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>Netzwerk: 0 Verbindungen</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>Alle 2 s live vom Betriebssystem gelesen: {processes} Prozess(e) dieser App halten keine Internetverbindung, weder offen noch lauschend.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>Netzwerk: 1 Verbindung: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>Netzwerk: {count} Verbindungen: {first} (+{more} weitere)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <source>car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>Motorrad</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>Lkw</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>Stoppschild</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>Parkuhr</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>Vogel</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>Katze</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>Hund</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>Pferd</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>Schaf</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>Kuh</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>Elefant</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>Bär</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>Zebra</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>Giraffe</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>Rucksack</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>Regenschirm</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>Handtasche</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>Krawatte</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>Koffer</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>Frisbee</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>Ski</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>Snowboard</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>Drachen</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>Baseballschläger</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>Baseballhandschuh</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>Skateboard</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>Surfbrett</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>Tennisschläger</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>Flasche</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>Weinglas</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>Tasse</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>Gabel</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>Messer</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>Löffel</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>Schüssel</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>Banane</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>Apfel</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>Brokkoli</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>Karotte</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>Hotdog</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>Donut</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>Kuchen</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>Sofa</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>Topfpflanze</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>Esstisch</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>Toilette</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>Fernseher</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>Fernbedienung</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>Mikrowelle</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>Backofen</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>Toaster</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>Spüle</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>Kühlschrank</translation>
    </message>
    <message>
        <source>book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>Vase</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>Schere</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>Teddybär</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>Föhn</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>Zahnbürste</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>Alle Pipelines auf einmal: der Messebildschirm (Strg+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}: stattdessen läuft das Demovideo</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>Keine Kamera mit Index {index}</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>eine andere Kamera oder das Demovideo wählen</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>{camera} liefert keine Bilder mehr (ausgesteckt oder von einer anderen App belegt?)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>Bild nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>Das Bild ist keine Datei: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>Das Bild ist leer: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>Videodatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>Die Videodatei ist keine Datei: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>Die Videodatei ist leer: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>Kein Bild, das OpenCV dekodieren kann (abgeschnitten oder ein anderes Format?): {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>Kein Video, das OpenCV öffnen kann: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>Die Videodatei hat keine Bilder, die OpenCV dekodieren kann: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>Die Videodatei liefert keine Bilder mehr (beschädigt?): {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>Die Videodatei verschwand während der Wiedergabe: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>kein {package} für {platform}</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} ist nicht installiert</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>keine Sprach-Engine: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>keine Chat-Engine: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>Die Engine {engine} kann auf diesem Rechner nicht laufen: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}: stattdessen läuft die Demoaufnahme</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>Audioeingabe nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>Audiodatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>Die Audiodatei ist leer oder keine Datei: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>Die Audiodatei ist abgeschnitten ({present} von {size} Datenbytes): {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>Keine Tonspur in {path}</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>Keine Audiodatei, die FFmpeg dekodieren kann: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>stattdessen die Demoaufnahme abspielen</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>Das Mikrofon lässt sich nicht öffnen ({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>vielleicht nutzt es eine andere App; die Demoaufnahme versuchen</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>Das Mikrofon „{name}“ liefert keinen Ton mehr (ausgesteckt?)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>die bisherigen Wörter bleiben erhalten; die Demoaufnahme versuchen</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM ist nicht installiert ({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>MLC LLM braucht einen kompilierten Modellordner</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>einen mit „Modellordner öffnen...“ öffnen (--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>die Engine, für die diese Modelldatei gemacht ist</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} ist kein Ordner mit einem Chat-Modell</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>wählen Sie eine GGUF-Datei für llama.cpp, einen onnxruntime-genai-Ordner mit genai_config.json oder einen kompilierten MLC-LLM-Ordner mit mlc-chat-config.json</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>onnxruntime-genai führt es auf der {accelerator} aus</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>die einzige dafür installierte Engine</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>die andere Engine kann es hier nicht ausführen ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>die schnellere hier auf der CPU (einmal gemessen: {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} Knoten</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>größtenteils auf der CPU: die {device} ({provider}) übernahm {ran} von {total} Knoten, {share} der Zeit</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>ausgewichen von {fallbacks}</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>echtes Streaming mit dem englischen vosk-Modell</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>Kein englisches vosk-Modell installiert</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>einen vosk-Modellordner öffnen (--model DIR) oder Whisper verwenden (--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} ist kein Ordner mit einem Sprachmodell</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>wählen Sie einen vosk-Modellordner (mit am/ und conf/), einen faster-whisper-Ordner (model.bin, config.json) oder ein onnxruntime-genai-Whisper (genai_config.json)</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>{count} älteste Nachricht(en) weggelassen, damit es in den Kontext passt</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>Ihre Nachricht wurde gekürzt, damit sie in den Kontext passt</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>denkt nach...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>unterbrochen: die Antwort wurde abgeschnitten</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>gestoppt: das Modell begann sich zu wiederholen</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>erstes Token {ms} ms · {rate} Tokens/s · {tokens} Tokens · {engine} auf {device}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>beim Limit von {tokens} Tokens gestoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>Keine NPU oder GPU, die diese App auf diesem Rechner nutzen kann: die CPU ist hier das einzige Gerät</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>Die Pipeline „{pipeline}“ lieferte {seconds} s lang kein Ergebnis</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>Chat-Engine</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>Die {name} wurde geschlossen</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>Die Arbeit der {name} wurde abgebrochen</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>Die {name} reagierte {seconds} s lang nicht und wurde beendet</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>Die {name} wurde unerwartet beendet ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>Sprach-Engine</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} Tokens/s</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>erwartet wird eine GGUF-Datei</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>Kein GGUF-Modell: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>llama.cpp braucht eine .gguf-Datei</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>{name} braucht etwa {needed} GiB, aber nur {free} GiB Arbeitsspeicher sind frei</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>schließen Sie andere Apps oder wählen Sie ein kleineres Modell</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>llama.cpp konnte {path} nicht laden</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} ist kein Detektor, den diese App dekodieren kann (Architektur &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>erwartet wird ein ONNX-Modell, gebaut von &apos;edge-showcase models build&apos; ({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>erwartet wird ein onnxruntime-genai-Modellordner</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>{folder} enthält keine {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>kein onnxruntime-genai-Modellordner</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>In {folder} fehlt {part} ({file})</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>bauen Sie es neu oder laden Sie es erneut herunter</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} ist kein gültiges ONNX-Modell (beschädigt oder abgeschnitten)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>Modelldatei nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>Modellordner nicht gefunden: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>führen Sie &apos;edge-showcase models build&apos; aus oder wählen Sie ein anderes</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>Der Modellpfad ist kein Ordner: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>Der Modellpfad ist keine Datei: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>Die Modelldatei ist leer: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>erwartet wird ein ONNX-Modell</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>{title} ist noch nicht gebaut ({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>führen Sie einmal &apos;edge-showcase models build&apos; aus</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>{path} passt nicht zur Prüfsumme, die beim Bauen notiert wurde (beschädigt?)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>führen Sie &apos;edge-showcase models build --force&apos; aus</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>vosk-Modellordner nicht gefunden: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>erwartet wird ein Ordner mit am/, conf/, graph/</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} ist kein vosk-Modellordner (es fehlt {missing})</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>laden Sie ein Modell von der vosk-Modellseite herunter</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>vosk konnte das Modell in {folder} nicht laden (eine Datei fehlt oder ist beschädigt?)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>vosk kann nicht übersetzen</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>verwenden Sie eine Whisper-Engine, um ins Englische zu übersetzen</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>Dieses vosk-Modell versteht nur {language}, nicht {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>verwenden Sie eine Whisper-Engine oder ein vosk-Modell dieser Sprache</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>Whisper-Modellordner nicht gefunden: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>führen Sie &apos;edge-showcase models build&apos; aus oder wählen Sie einen faster-whisper-Ordner</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} ist kein faster-whisper-Modellordner (es fehlt {missing})</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>faster-whisper konnte {folder} nicht laden (beschädigt?)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>{path} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>{path} kann nicht gespeichert werden ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>wählen Sie einen anderen Ordner oder schaffen Sie Platz</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>Dieses Whisper-Modell kann nur Englisch</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>wählen Sie ein mehrsprachiges Whisper-Modell</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>{engine} kann die Sprache nicht wählen</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>verwenden Sie eine Whisper-Engine</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>{engine} legt selbst fest, wo das Modell läuft: es kann nicht auf einem gewählten Gerät laufen</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>die Engine das Gerät wählen lassen (Auto: kein --provider oder --device) oder ein onnxruntime-genai-Modell verwenden</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} ist auf diesem Rechner nicht verfügbar</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>Keine {device} auf diesem Rechner, die diese App nutzen kann</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>Auto wählen oder eines, das hier ist: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>das einzige Chatmodell hier</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>das beste Modell, das dieser Rechner flüssig ausgibt: {rate} (flüssig ab {fluent})</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>kein Modell erreicht hier {fluent}; das schnellste: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>Mikrofon, Demo-Aufnahme oder eine Audiodatei</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>Auto: vosk mit einem englischen Modell, sonst die Whisper-Engine, die NPU / GPU erreicht, sonst die hier schnellere; Whisper in onnxruntime-genai (NPU / GPU / CPU) oder faster-whisper; vosk; oder ein Modellordner</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>Kein englisches vosk-Modell installiert (die Installer liefern eines mit)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>Modellordner öffnen...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>Die gesprochene Sprache: Auto erkennt sie in jedem Satz; eine feste Sprache überspringt die Erkennung (Whisper; vosk hört die Sprache seines Modells)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>Auto (erkennen)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>Ins Englische übersetzen</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>Whispers Übersetzung: die Untertitel auf Englisch, egal welche Sprache gesprochen wird</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>Demo-Aufnahme (LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>Mikrofon: Standard des Systems</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>Mikrofon: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>Audiodatei öffnen...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>Sprache: das zuletzt gewählte Mikrofon ist nicht angeschlossen; die Demo-Aufnahme ist gewählt</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>Sprache: {reason}; die Demo-Aufnahme funktioniert auch ohne</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>Audiodatei öffnen</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>Modellordner für vosk, faster-whisper oder onnxruntime-genai Whisper öffnen</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper gegen onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>Transkripte vergleichen: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>Noch einmal hören</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>Beide Seiten hören die Demo-Aufnahme noch einmal</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · Wortfehlerrate {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>{fast} hörte es {ratio}x so schnell wie {slow} (RTF {fast_rtf} gegen {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>Die Demo-Aufnahme wird gehört, eine Seite nach der anderen...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>Zwischentext {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>Endtext {latency} nach dem Sprechen</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>{seconds} s gehört</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>langsamer als Echtzeit</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} → Englisch</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>Sprache gewählt</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>erkannt {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>bis zum Endtext</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>schneller als Echtzeit</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>Hört</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>Sprache zu Text, während gesprochen wird</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>Das Transkript wird wieder gespeichert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>Zuhören starten oder stoppen (Leertaste)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>Sprechtaste: aus</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>Wenn an, wird das Mikrofon nur gehört, solange F8 gedrückt ist (Dateien und die Demo werden vollständig abgespielt)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>Das Transkript kopieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>Das Transkript leeren</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>Speichern...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>Als .txt oder .srt-Untertitel speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>Große Live-Untertitel in einem eigenen Fenster (F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>Demo-Aufnahme abspielen</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>Die mitgelieferte Aufnahme durch dieselbe Pipeline transkribieren</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>hört nicht zu</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (Auto misst die Engines einmalig auf einem neuen Rechner)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>Sprachmodell wird geladen...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>in {ms} ms geladen</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}, hört zu...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>Sprache: {engine}, {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>Sprechtaste: an (F8 halten)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>Transkript kopiert</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>Alle {count} Sätze von diesem Computer löschen?</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>Transkript speichern</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>Text (*.txt);;Untertitel (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>Transkript gespeichert unter {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>Transkript wird nach {path} gespeichert</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — die bisherigen Wörter bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>CPU gegen Beschleuniger</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>wird geladen...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>Beide Seiten werden geladen...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>Hier nur die CPU: nichts, womit sie sich auf diesem Gerät vergleichen ließe</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>Kein zweites Gerät</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline} ist auf diesem Rechner nicht verfügbar&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;Die anderen Pipelines laufen wie gewohnt.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>Woher die Bilder kommen (Strg+O öffnet eine Datei)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>Strikt</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>Nur Beschleuniger: Ein Provider, der nicht jeden Knoten selbst ausführen kann, wird übersprungen, statt Knoten an die CPU abzugeben (für Demos, die nicht stillschweigend ausweichen dürfen)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>Präzision des eingebauten Detektors: Auto gibt NPUs INT8, GPUs FP32 und der CPU INT8, wo es gemessen schneller war und mit FP32 übereinstimmt</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>Score-Schwelle ([ und ] ändern sie)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU: Boxen einer Klasse, die sich stärker überlappen, werden zusammengeführt</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>Demo-Video (Passanten)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>Kamera {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>Datei öffnen...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>Gefundene Kameras: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>Video oder Bild öffnen</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>Videos und Bilder (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>Schwelle {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>Warten auf Bild</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>Dekodieren+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>Bild-&gt;Ergebnis</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>Verarbeitung {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS möglich · {shown} FPS angezeigt</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (Takt der Quelle)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>verworfene Bilder {count} (das neueste Bild gewinnt)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · Aufwärmen {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>Modell wird geladen...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>pro Bild</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>Bilder/s möglich</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>Sieht</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>Objekte im Live-Video</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>Schnappschüsse werden wieder gespeichert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>Erkennung starten oder stoppen (Leertaste)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>Das annotierte Bild als PNG speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>ONNX-Detektor öffnen</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>ONNX-Detektoren (*.onnx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>Das Modell wird geladen und der Provider aufgewärmt...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{model} auf {device}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>Warten auf das erste Bild...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (das vorherige Modell bleibt)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>Noch kein Bild zum Speichern</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>Schnappschuss gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>Auf den CPU-Provider und das Demo-Video umgeschaltet.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. Es schlägt immer wieder fehl und wird daher nicht erneut gestartet. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}; Neustart in {seconds} s</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>Wählen Sie ein kleineres Modell, eine andere Engine oder Auto in der Geräteliste, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>Auf die Demo-Aufnahme umgeschaltet, auf dem Gerät, das Auto wählt.</translation>
    </message>
</context>
</TS>
