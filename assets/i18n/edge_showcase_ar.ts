<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AcceleratorsMenu</name>
    <message>
        <source>&amp;Accelerators</source>
        <translation>المسرّعات (&amp;A)</translation>
    </message>
    <message>
        <source>Reading Windows ML&apos;s catalog...</source>
        <translation>جارٍ قراءة كتالوج Windows ML...</translation>
    </message>
    <message>
        <source>Installing the execution provider... {percent}</source>
        <translation>جارٍ تثبيت موفّر التنفيذ... {percent}</translation>
    </message>
    <message>
        <source>No Windows ML catalog on this machine (Windows 11 with the windowsml package)</source>
        <translation>لا يوجد كتالوج Windows ML على هذا الجهاز (يتطلب Windows 11 مع الحزمة windowsml)</translation>
    </message>
    <message>
        <source>{provider} {version}: installed</source>
        <translation>{provider} {version}: مثبّت</translation>
    </message>
    <message>
        <source>Install {provider} ({state})...</source>
        <translation>تثبيت {provider} ({state})...</translation>
    </message>
    <message>
        <source>Install {provider}?</source>
        <translation>هل تريد تثبيت {provider}؟</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, certified for this machine).

</source>
        <translation>سيقوم Windows ML بتنزيل موفّر التنفيذ {provider} وتثبيته (الإصدار {version}، معتمد لهذا الجهاز).

</translation>
    </message>
    <message>
        <source>Windows ML will download and install the {provider} execution provider (version {version}, not certified for this machine).

</source>
        <translation>سيقوم Windows ML بتنزيل موفّر التنفيذ {provider} وتثبيته (الإصدار {version}، غير معتمد لهذا الجهاز).

</translation>
    </message>
    <message>
        <source>Source: {source}; package {package}.

</source>
        <translation>المصدر: {source}؛ الحزمة {package}.

</translation>
    </message>
    <message>
        <source>This is the only time the app asks Windows to use the network. Install it now?</source>
        <translation>هذه هي المرة الوحيدة التي يطلب فيها التطبيق من Windows استخدام الشبكة. هل تريد التثبيت الآن؟</translation>
    </message>
    <message>
        <source>Installing {provider} through Windows ML...</source>
        <translation>جارٍ تثبيت {provider} عبر Windows ML...</translation>
    </message>
    <message>
        <source>{provider} installed, but onnxruntime refused it: {reason}</source>
        <translation>تم تثبيت {provider}، لكن onnxruntime رفضه: {reason}</translation>
    </message>
    <message>
        <source>{provider} installed and registered: detection restarts on it</source>
        <translation>تم تثبيت {provider} وتسجيله: يُعاد تشغيل الكشف عليه</translation>
    </message>
</context>
<context>
    <name>AttractLoop</name>
    <message>
        <source>Ask me anything, for example: write a short poem about this booth.</source>
        <translation>اسألني عن أي شيء، مثلًا: اكتب قصيدة قصيرة عن هذا الجناح.</translation>
    </message>
    <message>
        <source>All three run on this laptop&apos;s {devices}. Nothing leaves it.</source>
        <translation>تعمل الثلاثة كلها على هذا الحاسوب المحمول ({devices}). لا شيء يغادره.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
</context>
<context>
    <name>CaptionWindow</name>
    <message>
        <source>{app}: live captions</source>
        <translation>{app}: التسميات التوضيحية المباشرة</translation>
    </message>
</context>
<context>
    <name>ChatComparisonWindow</name>
    <message>
        <source>llama.cpp vs onnxruntime-genai</source>
        <translation>llama.cpp مقابل onnxruntime-genai</translation>
    </message>
    <message>
        <source>Name three uses of a laptop camera.</source>
        <translation>اذكر ثلاثة استخدامات لكاميرا الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Compare answers: {what}</source>
        <translation>مقارنة الإجابات: {what}</translation>
    </message>
    <message>
        <source>Ask both</source>
        <translation>اسأل الاثنين</translation>
    </message>
    <message>
        <source>Ask both sides this question (Enter)</source>
        <translation>اطرح هذا السؤال على الجانبين (Enter)</translation>
    </message>
    <message>
        <source>first word {ms} ms · {rate} tokens/s</source>
        <translation>أول كلمة {ms} مللي ثانية · {rate} رمز/ث</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} رمز/ث</translation>
    </message>
    <message>
        <source>Warming up both sides...</source>
        <translation>جارٍ تهيئة الجانبين...</translation>
    </message>
    <message>
        <source>{fast} answered {ratio}x as fast as {slow} ({fast_rate} vs {slow_rate} tokens/s)</source>
        <translation>أجاب {fast} أسرع من {slow} بمقدار {ratio} مرة ({fast_rate} مقابل {slow_rate} رمز/ث)</translation>
    </message>
    <message>
        <source>Answering, one side after the other...</source>
        <translation>جارٍ الرد، جانب تلو الآخر...</translation>
    </message>
</context>
<context>
    <name>ChatHistoryBar</name>
    <message>
        <source>Search chats</source>
        <translation>البحث في الدردشات</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete the selected chat from this computer</source>
        <translation>حذف الدردشة المحددة من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>تصدير...</translation>
    </message>
    <message>
        <source>Save the selected chat as Markdown</source>
        <translation>حفظ الدردشة المحددة بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>حذف الدردشة</translation>
    </message>
    <message>
        <source>Delete this conversation from this computer?</source>
        <translation>هل تريد حذف هذه المحادثة من هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Export chat as Markdown</source>
        <translation>تصدير الدردشة بتنسيق Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Chat exported to {path}</source>
        <translation>تم تصدير الدردشة إلى {path}</translation>
    </message>
</context>
<context>
    <name>ChatModelPicker</name>
    <message>
        <source>{model} · {mb} MB · {quantization} · context {context} · {engine} on {device}</source>
        <translation>{model} · {mb} MB · {quantization} · السياق {context} · {engine} على {device}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <source>Inference engine: Auto takes onnxruntime-genai where a variant of the model reaches the NPU or GPU, else the faster engine on this CPU (measured once); llama.cpp for a GGUF file</source>
        <translation>محرك الاستدلال: يختار «تلقائي» onnxruntime-genai حيث يصل أحد متغيرات النموذج إلى وحدة NPU أو GPU، وإلا فالمحرك الأسرع على هذا المعالج (يُقاس مرة واحدة)؛ وllama.cpp لملف GGUF</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>{engine}: unavailable</source>
        <translation>{engine}: غير متاح</translation>
    </message>
    <message>
        <source>Model (Ctrl+Shift+O opens a GGUF file)</source>
        <translation>النموذج (Ctrl+Shift+O يفتح ملف GGUF)</translation>
    </message>
    <message>
        <source>no model loaded</source>
        <translation>لم يُحمَّل أي نموذج</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Chat model: {model}, {reason}</source>
        <translation>نموذج الدردشة: {model}، {reason}</translation>
    </message>
    <message>
        <source>measuring which chat model this machine streams fluently...</source>
        <translation>جارٍ قياس نموذج الدردشة الذي يولّد هذا الجهاز إجاباته بسلاسة...</translation>
    </message>
    <message>
        <source>{model} (bundled)</source>
        <translation>{model} (مضمّن)</translation>
    </message>
    <message>
        <source>Open model...</source>
        <translation>فتح نموذج...</translation>
    </message>
    <message>
        <source>Open model folder (onnxruntime-genai, MLC)...</source>
        <translation>فتح مجلد نموذج (onnxruntime-genai، MLC)...</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>فتح نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf);;All files (*)</source>
        <translation>نماذج GGUF (*.gguf);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open an onnxruntime-genai or MLC model folder</source>
        <translation>فتح مجلد نموذج onnxruntime-genai أو MLC</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (يقيس الخيار «تلقائي» المحركات مرة واحدة على أي جهاز جديد)</translation>
    </message>
    <message>
        <source>loading {model}...</source>
        <translation>جارٍ تحميل {model}...</translation>
    </message>
    <message>
        <source> (keeping {model})</source>
        <translation> (مع الإبقاء على {model})</translation>
    </message>
</context>
<context>
    <name>ChatPanel</name>
    <message>
        <source>Ask anything. Enter sends, Shift+Enter starts a new line.</source>
        <translation>اسأل عن أي شيء. Enter للإرسال، و Shift+Enter لبدء سطر جديد.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>يجيب</translation>
    </message>
    <message>
        <source>a language model on this laptop</source>
        <translation>نموذج لغوي على هذا الحاسوب المحمول</translation>
    </message>
    <message>
        <source>Chat history is being saved again</source>
        <translation>استُؤنف حفظ سجل الدردشة</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <source>Temperature (0 = deterministic)</source>
        <translation>درجة الحرارة (0 = حتمي)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the answer (Esc)</source>
        <translation>إيقاف الإجابة (Esc)</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+Shift+R)</source>
        <translation>الإجابة عن آخر رسالة من جديد (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>دردشة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>بدء محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>نسخ آخر إجابة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Chat model ready: {model} on {device}</source>
        <translation>نموذج الدردشة جاهز: {model} على {device}</translation>
    </message>
    <message>
        <source>The model is still loading; your message is kept in the input box</source>
        <translation>لا يزال النموذج قيد التحميل؛ رسالتك محفوظة في مربع الإدخال</translation>
    </message>
    <message>
        <source>reading the question...</source>
        <translation>قراءة السؤال...</translation>
    </message>
    <message>
        <source>streaming · {rate} tokens/s on average · 95 % of tokens within {ms} ms · {tokens} tokens</source>
        <translation>جارٍ التوليد · بمعدل {rate} رمز/ثانية · 95% من الرموز خلال {ms} ms · الرموز: {tokens}</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>رمز/ثانية</translation>
    </message>
    <message>
        <source>to the first word</source>
        <translation>حتى الكلمة الأولى</translation>
    </message>
    <message>
        <source>The answer stopped: another model was loaded</source>
        <translation>توقفت الإجابة: حُمّل نموذج آخر</translation>
    </message>
    <message>
        <source>Checking which booth questions this model answers right...</source>
        <translation>جارٍ التحقق من أسئلة الجناح التي يجيب عنها هذا النموذج إجابة صحيحة...</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>تم نسخ الإجابة</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ComparisonWindow</name>
    <message>
        <source>CPU vs accelerator (C)</source>
        <translation>CPU مقابل المسرّع (C)</translation>
    </message>
    <message>
        <source>FP32 vs INT8 (P)</source>
        <translation>FP32 مقابل INT8 (P)</translation>
    </message>
    <message>
        <source>Compare: {what}</source>
        <translation>مقارنة: {what}</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>جارٍ التحميل...</translation>
    </message>
    <message>
        <source>Loading both sides and warming them up...</source>
        <translation>جارٍ تحميل الطرفين وتهيئتهما...</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>لا يوجد جهاز ثانٍ</translation>
    </message>
    <message>
        <source>energy: measuring the idle draw, nothing running ({seconds} s left)</source>
        <translation>الطاقة: جارٍ قياس استهلاك الخمول، لا شيء يعمل (يتبقى {seconds} ث)</translation>
    </message>
    <message>
        <source>energy: measuring {side} alone ({seconds} s left)</source>
        <translation>الطاقة: جارٍ قياس {side} وحده (يتبقى {seconds} ث)</translation>
    </message>
    <message>
        <source>{watts} W now</source>
        <translation>{watts} واط الآن</translation>
    </message>
    <message>
        <source>{side} uses {ratio}x less energy per frame ({low} vs {high} mJ, averaged over {seconds} s each, {idle} W idle subtracted)</source>
        <translation>{side} يستهلك طاقة أقل بمقدار {ratio}x لكل إطار ({low} مقابل {high} مللي جول، بمتوسط {seconds} ث لكل منهما، بعد طرح {idle} واط للخمول)</translation>
    </message>
    <message>
        <source>energy: {side} takes {mj} mJ per frame ({watts} W above {idle} W idle, averaged over {seconds} s)</source>
        <translation>الطاقة: {side} يستهلك {mj} مللي جول لكل إطار ({watts} واط فوق {idle} واط للخمول، بمتوسط {seconds} ث)</translation>
    </message>
    <message>
        <source>energy: too close to the idle draw to measure ({idle} W idle, averaged over {seconds} s)</source>
        <translation>الطاقة: قريبة جدًا من استهلاك الخمول فلا يمكن قياسها ({idle} واط للخمول، بمتوسط {seconds} ث)</translation>
    </message>
    <message>
        <source>energy: on AC power, plug out the charger to measure it</source>
        <translation>الطاقة: الجهاز موصول بالتيار، افصل الشاحن لقياسها</translation>
    </message>
    <message>
        <source>energy: only an administrator may read this machine&apos;s power counters</source>
        <translation>الطاقة: لا يقرأ عدادات الطاقة في هذا الجهاز إلا المسؤول</translation>
    </message>
    <message>
        <source>energy: the power reading stopped before the figure was measured</source>
        <translation>الطاقة: توقفت قراءة الطاقة قبل الوصول إلى النتيجة</translation>
    </message>
    <message>
        <source>energy: this machine reports no power draw</source>
        <translation>الطاقة: هذا الجهاز لا يبلغ عن استهلاكه للطاقة</translation>
    </message>
    <message>
        <source>{side} · nothing to compare it with on this machine · {frames} frames</source>
        <translation>{side} · لا شيء للمقارنة به على هذا الجهاز · الإطارات: {frames}</translation>
    </message>
    <message>
        <source>speed-up {speedup}x · agreement {agreement} · {frames} frames</source>
        <translation>التسريع {speedup}x · التطابق {agreement} · الإطارات: {frames}</translation>
    </message>
</context>
<context>
    <name>DeviceCombo</name>
    <message>
        <source>Where the model runs: Auto picks NPU, then GPU, then CPU; &apos;Best NPU&apos; the best provider of one device type; or one provider</source>
        <translation>مكان تشغيل النموذج: يختار «تلقائي» وحدة NPU ثم GPU ثم CPU؛ و«أفضل NPU» أفضل موفّر لنوع جهاز واحد؛ أو موفّرًا بعينه</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>{engine} places the model itself</source>
        <translation>يحدّد {engine} بنفسه مكان تشغيل النموذج</translation>
    </message>
    <message>
        <source>Best {device}</source>
        <translation>أفضل {device}</translation>
    </message>
    <message>
        <source>{name} (not found on this machine)</source>
        <translation>{name} (غير موجود على هذا الحاسوب)</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <source>Event log</source>
        <translation>سجل الأحداث</translation>
    </message>
    <message>
        <source>Nothing has gone wrong in this session.</source>
        <translation>لم تحدث أي مشكلة في هذه الجلسة.</translation>
    </message>
    <message>
        <source>Also written to {path}</source>
        <translation>محفوظ أيضًا في {path}</translation>
    </message>
    <message>
        <source>The log folder cannot be written: events are kept here only</source>
        <translation>تتعذر الكتابة في مجلد السجل: تُحفظ الأحداث هنا فقط</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>In three short bullet points, why does running AI on a laptop protect privacy?</source>
        <translation>في ثلاث نقاط قصيرة، لماذا يحمي تشغيل الذكاء الاصطناعي على حاسوب محمول الخصوصية؟</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>PIN to leave kiosk mode (Esc cancels)</source>
        <translation>رمز PIN للخروج من وضع الكشك (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to leave kiosk mode (Esc cancels)</source>
        <translation>رمز PIN غير صحيح. رمز PIN للخروج من وضع الكشك (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Runs on this laptop. Nothing leaves it. Scan to learn more.</source>
        <translation>يعمل على هذا الحاسوب المحمول. لا شيء يغادره. امسح الرمز لمعرفة المزيد.</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation>الأفريقانية</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Assamese</source>
        <translation>الأسامية</translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation>الأذربيجانية</translation>
    </message>
    <message>
        <source>Bashkir</source>
        <translation>الباشكيرية</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>البيلاروسية</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>البلغارية</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>التبتية</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>البريتونية</translation>
    </message>
    <message>
        <source>Bosnian</source>
        <translation>البوسنية</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>الكتالانية</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>التشيكية</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>الويلزية</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>الدانمركية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>الإستونية</translation>
    </message>
    <message>
        <source>Basque</source>
        <translation>الباسكية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>الفنلندية</translation>
    </message>
    <message>
        <source>Faroese</source>
        <translation>الفاروية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Galician</source>
        <translation>الجاليكية</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>الغوجاراتية</translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation>الهوسا</translation>
    </message>
    <message>
        <source>Hawaiian</source>
        <translation>لغة هاواي</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>الهندية</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>الكرواتية</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>الكريولية الهايتية</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>الهنغارية</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>الأرمنية</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>الإندونيسية</translation>
    </message>
    <message>
        <source>Icelandic</source>
        <translation>الأيسلندية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>اليابانية</translation>
    </message>
    <message>
        <source>Javanese</source>
        <translation>الجاوية</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>الجورجية</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>الكازاخستانية</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>الخميرية</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>الكانادا</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>الكورية</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>اللاتينية</translation>
    </message>
    <message>
        <source>Luxembourgish</source>
        <translation>اللكسمبورغية</translation>
    </message>
    <message>
        <source>Lingala</source>
        <translation>اللينجالا</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>اللاوية</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>الليتوانية</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>اللاتفية</translation>
    </message>
    <message>
        <source>Malagasy</source>
        <translation>الملغاشي</translation>
    </message>
    <message>
        <source>Māori</source>
        <translation>الماورية</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>المقدونية</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>المالايالامية</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>المنغولية</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>الماراثية</translation>
    </message>
    <message>
        <source>Malay</source>
        <translation>الماليزية</translation>
    </message>
    <message>
        <source>Maltese</source>
        <translation>المالطية</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>البورمية</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>النيبالية</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>الهولندية</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>النرويجية نينورسك</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>النرويجية</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>الأوكسيتانية</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>البنجابية</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>البولندية</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتو</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>الرومانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Sanskrit</source>
        <translation>السنسكريتية</translation>
    </message>
    <message>
        <source>Sindhi</source>
        <translation>السندية</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>السنهالية</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>السلوفاكية</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>السلوفانية</translation>
    </message>
    <message>
        <source>Shona</source>
        <translation>الشونا</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>الألبانية</translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation>الصربية</translation>
    </message>
    <message>
        <source>Sundanese</source>
        <translation>السوندانية</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>السويدية</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>السواحلية</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>التيلوغوية</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>الطاجيكية</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <source>Turkmen</source>
        <translation>التركمانية</translation>
    </message>
    <message>
        <source>Tagalog</source>
        <translation>التاغالوغية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>التترية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأوردية</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>الأوزبكية</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>الفيتنامية</translation>
    </message>
    <message>
        <source>Yiddish</source>
        <translation>اليديشية</translation>
    </message>
    <message>
        <source>Yoruba</source>
        <translation>اليوروبا</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best accelerator it has (NPU, then GPU, then CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Privacy:&lt;/b&gt; nothing is sent over the network. Frames never leave this machine.&lt;/p&gt;&lt;p&gt;Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct (Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. Chat history stays in a local SQLite file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Edge AI Showcase {version}&lt;/h3&gt;&lt;p&gt;كشف مباشر للأجسام وتحويل الكلام إلى نص ومساعد دردشة، تعمل جميعها بالكامل على هذا الحاسوب، على أفضل مسرّع متوفر فيه (NPU، ثم GPU، ثم CPU).&lt;/p&gt;&lt;p&gt;&lt;b&gt;الخصوصية:&lt;/b&gt; لا يُرسَل أي شيء عبر الشبكة. لا تغادر الإطارات هذا الجهاز أبدًا.&lt;/p&gt;&lt;p&gt;النماذج: SSD-MobileNetV2 COCO (TensorFlow model zoo، Apache-2.0)؛ SmolLM2-135M-Instruct (Hugging Face، Apache-2.0) في onnxruntime-genai أو llama.cpp؛ Whisper base (OpenAI، MIT) في onnxruntime-genai أو faster-whisper؛ vosk (Apache-2.0) مع نموذج vosk إن كان مثبّتًا. يبقى سجل الدردشة في ملف SQLite محلي.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Memory this app and its engine processes use now, models included</source>
        <translation>الذاكرة التي يستخدمها الآن هذا التطبيق وعمليات محركاته، بما فيها النماذج</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything runs on this computer.&lt;/b&gt; Nothing you show, say or type is sent anywhere: no account, no cloud, no telemetry. Settings: &lt;code&gt;{settings}&lt;/code&gt;; chat history: &lt;code&gt;{history}&lt;/code&gt;.</source>
        <translation>&lt;b&gt;كل شيء يعمل على هذا الحاسوب.&lt;/b&gt; لا يُرسَل أي شيء تعرضه أو تقوله أو تكتبه إلى أي مكان: لا حساب، ولا سحابة، ولا قياس عن بُعد. الإعدادات: &lt;code&gt;{settings}&lt;/code&gt;؛ سجل الدردشة: &lt;code&gt;{history}&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>فهمت</translation>
    </message>
    <message>
        <source>Hide this note for good</source>
        <translation>عدم إظهار هذه الملاحظة مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open video or image...</source>
        <translation>فتح فيديو أو صورة (&amp;O)...</translation>
    </message>
    <message>
        <source>Open detector &amp;model...</source>
        <translation>فتح نموذج الكشف (&amp;M)...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in detector</source>
        <translation>استخدام &amp;الكاشف المدمج</translation>
    </message>
    <message>
        <source>Save &amp;snapshot</source>
        <translation>حفظ لقطة (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>تصدير التقرير (&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Vision</source>
        <translation>الرؤية (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Speech</source>
        <translation>الكلام (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>الدردشة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dashboard (all three)</source>
        <translation>لوحة المعلومات - الثلاثة معًا (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start / stop detection</source>
        <translation>بدء / إيقاف الكشف (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare CPU vs accelerator</source>
        <translation>مقارنة CPU بالمسرّع (&amp;C)</translation>
    </message>
    <message>
        <source>Compare FP32 vs &amp;INT8</source>
        <translation>مقارنة FP32 بـ INT8 (&amp;I)</translation>
    </message>
    <message>
        <source>Compare &amp;answers: CPU vs accelerator</source>
        <translation>مقارنة ال&amp;إجابات: المعالج مقابل المسرّع</translation>
    </message>
    <message>
        <source>Compare answers: llama.cpp vs onnxruntime-&amp;genai</source>
        <translation>مقارنة الإجابات: llama.cpp مقابل onnxruntime-&amp;genai</translation>
    </message>
    <message>
        <source>Compare &amp;transcripts: CPU vs accelerator</source>
        <translation>مقارنة ال&amp;نصوص المفرغة: المعالج مقابل المسرّع</translation>
    </message>
    <message>
        <source>Compare transcripts: faster-&amp;whisper vs onnxruntime-genai</source>
        <translation>مقارنة النصوص المفرغة: faster-&amp;whisper مقابل onnxruntime-genai</translation>
    </message>
    <message>
        <source>Live &amp;captions window</source>
        <translation>نافذة التسميات التوضيحية المباشرة (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>ملء الشاشة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Kiosk mode (booth)...</source>
        <translation>وضع &amp;الكشك (جناح المعرض)...</translation>
    </message>
    <message>
        <source>&amp;Event log</source>
        <translation>سجل الأحداث (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>تعليمات (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>حول (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The window will be in {language} from the next start.</source>
        <translation>ستكون لغة النافذة بدءًا من التشغيل التالي: {language}.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Export the session report into...</source>
        <translation>تصدير تقرير الجلسة إلى...</translation>
    </message>
    <message>
        <source>Writing the report to {folder}...</source>
        <translation>جارٍ كتابة التقرير في {folder}...</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>تمت كتابة التقرير: {path}</translation>
    </message>
    <message>
        <source>Memory {mb} MB</source>
        <translation>الذاكرة {mb} MB</translation>
    </message>
    <message>
        <source>About {title}</source>
        <translation>حول {title}</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source>The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes.</source>
        <translation>تملأ لوحة المعلومات هذه الشاشة، وتُخفى القوائم والألسنة، وتعمل العروض من تلقاء نفسها حين لا يكون أحد عند الجناح. اخرج بـ {chord} (ورمز PIN إن كان معيّنًا): ثم يُغلق التطبيق.</translation>
    </message>
</context>
<context>
    <name>NetworkBadge</name>
    <message>
        <source>Network: checking...</source>
        <translation>الشبكة: جارٍ التحقق...</translation>
    </message>
    <message>
        <source>Network: unknown</source>
        <translation>الشبكة: غير معروفة</translation>
    </message>
    <message>
        <source>Could not read this app&apos;s connections from the OS: {error}</source>
        <translation>تعذرت قراءة اتصالات هذا التطبيق من نظام التشغيل: {error}</translation>
    </message>
    <message>
        <source>Network: 0 connections</source>
        <translation>الشبكة: 0 اتصال</translation>
    </message>
    <message>
        <source>Read live from the OS every 2 s: {processes} process(es) of this app hold no internet connection, open or listening.</source>
        <translation>قراءة مباشرة من نظام التشغيل كل 2 s: عمليات هذا التطبيق ({processes}) لا تملك أي اتصال بالإنترنت، لا مفتوحًا ولا في وضع الاستماع.</translation>
    </message>
    <message>
        <source>Network: 1 connection: {first}</source>
        <translation>الشبكة: اتصال واحد: {first}</translation>
    </message>
    <message>
        <source>Network: {count} connections: {first} (+{more} more)</source>
        <translation>الشبكة: اتصالات ({count}): {first} (+{more} أخرى)</translation>
    </message>
</context>
<context>
    <name>Objects</name>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>bicycle</source>
        <translation>دراجة</translation>
    </message>
    <message>
        <source>car</source>
        <translation>سيارة</translation>
    </message>
    <message>
        <source>motorcycle</source>
        <translation>دراجة نارية</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>طائرة</translation>
    </message>
    <message>
        <source>bus</source>
        <translation>حافلة</translation>
    </message>
    <message>
        <source>train</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>شاحنة</translation>
    </message>
    <message>
        <source>boat</source>
        <translation>قارب</translation>
    </message>
    <message>
        <source>traffic light</source>
        <translation>إشارة مرور</translation>
    </message>
    <message>
        <source>fire hydrant</source>
        <translation>صنبور إطفاء</translation>
    </message>
    <message>
        <source>stop sign</source>
        <translation>إشارة توقف</translation>
    </message>
    <message>
        <source>parking meter</source>
        <translation>عداد موقف</translation>
    </message>
    <message>
        <source>bench</source>
        <translation>مقعد</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>طائر</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>قطة</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>كلب</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>حصان</translation>
    </message>
    <message>
        <source>sheep</source>
        <translation>خروف</translation>
    </message>
    <message>
        <source>cow</source>
        <translation>بقرة</translation>
    </message>
    <message>
        <source>elephant</source>
        <translation>فيل</translation>
    </message>
    <message>
        <source>bear</source>
        <translation>دب</translation>
    </message>
    <message>
        <source>zebra</source>
        <translation>حمار وحشي</translation>
    </message>
    <message>
        <source>giraffe</source>
        <translation>زرافة</translation>
    </message>
    <message>
        <source>backpack</source>
        <translation>حقيبة ظهر</translation>
    </message>
    <message>
        <source>umbrella</source>
        <translation>مظلة</translation>
    </message>
    <message>
        <source>handbag</source>
        <translation>حقيبة يد</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>ربطة عنق</translation>
    </message>
    <message>
        <source>suitcase</source>
        <translation>حقيبة سفر</translation>
    </message>
    <message>
        <source>frisbee</source>
        <translation>قرص طائر</translation>
    </message>
    <message>
        <source>skis</source>
        <translation>زلاجات</translation>
    </message>
    <message>
        <source>snowboard</source>
        <translation>لوح تزلج على الثلج</translation>
    </message>
    <message>
        <source>sports ball</source>
        <translation>كرة</translation>
    </message>
    <message>
        <source>kite</source>
        <translation>طائرة ورقية</translation>
    </message>
    <message>
        <source>baseball bat</source>
        <translation>مضرب بيسبول</translation>
    </message>
    <message>
        <source>baseball glove</source>
        <translation>قفاز بيسبول</translation>
    </message>
    <message>
        <source>skateboard</source>
        <translation>لوح تزلج</translation>
    </message>
    <message>
        <source>surfboard</source>
        <translation>لوح ركوب الأمواج</translation>
    </message>
    <message>
        <source>tennis racket</source>
        <translation>مضرب تنس</translation>
    </message>
    <message>
        <source>bottle</source>
        <translation>زجاجة</translation>
    </message>
    <message>
        <source>wine glass</source>
        <translation>كأس نبيذ</translation>
    </message>
    <message>
        <source>cup</source>
        <translation>كوب</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>شوكة</translation>
    </message>
    <message>
        <source>knife</source>
        <translation>سكين</translation>
    </message>
    <message>
        <source>spoon</source>
        <translation>ملعقة</translation>
    </message>
    <message>
        <source>bowl</source>
        <translation>وعاء</translation>
    </message>
    <message>
        <source>banana</source>
        <translation>موزة</translation>
    </message>
    <message>
        <source>apple</source>
        <translation>تفاحة</translation>
    </message>
    <message>
        <source>sandwich</source>
        <translation>شطيرة</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>برتقالة</translation>
    </message>
    <message>
        <source>broccoli</source>
        <translation>بروكلي</translation>
    </message>
    <message>
        <source>carrot</source>
        <translation>جزرة</translation>
    </message>
    <message>
        <source>hot dog</source>
        <translation>نقانق</translation>
    </message>
    <message>
        <source>pizza</source>
        <translation>بيتزا</translation>
    </message>
    <message>
        <source>donut</source>
        <translation>دونات</translation>
    </message>
    <message>
        <source>cake</source>
        <translation>كعكة</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>كرسي</translation>
    </message>
    <message>
        <source>couch</source>
        <translation>أريكة</translation>
    </message>
    <message>
        <source>potted plant</source>
        <translation>نبتة في أصيص</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>سرير</translation>
    </message>
    <message>
        <source>dining table</source>
        <translation>طاولة طعام</translation>
    </message>
    <message>
        <source>toilet</source>
        <translation>مرحاض</translation>
    </message>
    <message>
        <source>tv</source>
        <translation>تلفاز</translation>
    </message>
    <message>
        <source>laptop</source>
        <translation>حاسوب محمول</translation>
    </message>
    <message>
        <source>mouse</source>
        <translation>فأرة</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>جهاز تحكم</translation>
    </message>
    <message>
        <source>keyboard</source>
        <translation>لوحة مفاتيح</translation>
    </message>
    <message>
        <source>cell phone</source>
        <translation>هاتف محمول</translation>
    </message>
    <message>
        <source>microwave</source>
        <translation>ميكروويف</translation>
    </message>
    <message>
        <source>oven</source>
        <translation>فرن</translation>
    </message>
    <message>
        <source>toaster</source>
        <translation>محمصة خبز</translation>
    </message>
    <message>
        <source>sink</source>
        <translation>حوض</translation>
    </message>
    <message>
        <source>refrigerator</source>
        <translation>ثلاجة</translation>
    </message>
    <message>
        <source>book</source>
        <translation>كتاب</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>vase</source>
        <translation>مزهرية</translation>
    </message>
    <message>
        <source>scissors</source>
        <translation>مقص</translation>
    </message>
    <message>
        <source>teddy bear</source>
        <translation>دبدوب</translation>
    </message>
    <message>
        <source>hair drier</source>
        <translation>مجفف شعر</translation>
    </message>
    <message>
        <source>toothbrush</source>
        <translation>فرشاة أسنان</translation>
    </message>
</context>
<context>
    <name>PanelDeck</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Every pipeline at once: the trade-show screen (Ctrl+4)</source>
        <translation>كل خطوط المعالجة معًا: شاشة المعرض (Ctrl+4)</translation>
    </message>
</context>
<context>
    <name>PipelinePanel</name>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
</context>
<context>
    <name>Pipelines</name>
    <message>
        <source>{problem}: showing the demo video instead</source>
        <translation>{problem}: يُعرض الفيديو التجريبي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>الكاميرا {index}</translation>
    </message>
    <message>
        <source>No camera at index {index}</source>
        <translation>لا توجد كاميرا في الفهرس {index}</translation>
    </message>
    <message>
        <source>pick another camera or the demo video</source>
        <translation>اختر كاميرا أخرى أو الفيديو التجريبي</translation>
    </message>
    <message>
        <source>{camera} stopped delivering frames (unplugged or in use by another app?)</source>
        <translation>توقفت {camera} عن إرسال الصور (فُصلت أو يستخدمها تطبيق آخر؟)</translation>
    </message>
    <message>
        <source>Image not found: {path}</source>
        <translation>لم يتم العثور على الصورة: {path}</translation>
    </message>
    <message>
        <source>Image is not a file: {path}</source>
        <translation>الصورة ليست ملفًا: {path}</translation>
    </message>
    <message>
        <source>Image is empty: {path}</source>
        <translation>الصورة فارغة: {path}</translation>
    </message>
    <message>
        <source>Video file not found: {path}</source>
        <translation>لم يتم العثور على ملف الفيديو: {path}</translation>
    </message>
    <message>
        <source>Video file is not a file: {path}</source>
        <translation>الفيديو ليس ملفًا: {path}</translation>
    </message>
    <message>
        <source>Video file is empty: {path}</source>
        <translation>ملف الفيديو فارغ: {path}</translation>
    </message>
    <message>
        <source>Not an image OpenCV can decode (truncated or another format?): {path}</source>
        <translation>ليست صورة يستطيع OpenCV فك ترميزها (مقطوعة أو بتنسيق آخر؟): {path}</translation>
    </message>
    <message>
        <source>Not a video OpenCV can open: {path}</source>
        <translation>ليس فيديو يستطيع OpenCV فتحه: {path}</translation>
    </message>
    <message>
        <source>Video file has no frames OpenCV can decode: {path}</source>
        <translation>لا يحتوي ملف الفيديو على إطارات يستطيع OpenCV فك ترميزها: {path}</translation>
    </message>
    <message>
        <source>Video file stopped delivering frames (damaged?): {path}</source>
        <translation>توقف ملف الفيديو عن تقديم الإطارات (تالف؟): {path}</translation>
    </message>
    <message>
        <source>Video file disappeared while playing: {path}</source>
        <translation>اختفى ملف الفيديو أثناء التشغيل: {path}</translation>
    </message>
    <message>
        <source>no {platform} build of {package}</source>
        <translation>لا يوجد إصدار من {package} لـ {platform}</translation>
    </message>
    <message>
        <source>{package} is not installed</source>
        <translation>{package} غير مثبت</translation>
    </message>
    <message>
        <source>no speech engine: {reasons}</source>
        <translation>لا يوجد محرك للكلام: {reasons}</translation>
    </message>
    <message>
        <source>no chat engine: {reasons}</source>
        <translation>لا يوجد محرك للدردشة: {reasons}</translation>
    </message>
    <message>
        <source>The {engine} engine cannot run on this machine: {missing}</source>
        <translation>لا يمكن تشغيل المحرك {engine} على هذا الجهاز: {missing}</translation>
    </message>
    <message>
        <source>{problem}: playing the demo recording instead</source>
        <translation>{problem}: يُشغَّل التسجيل التجريبي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Audio input is unavailable: {error}</source>
        <translation>إدخال الصوت غير متاح: {error}</translation>
    </message>
    <message>
        <source>Audio file not found: {path}</source>
        <translation>لم يتم العثور على الملف الصوتي: {path}</translation>
    </message>
    <message>
        <source>Audio file is empty or not a file: {path}</source>
        <translation>الملف الصوتي فارغ أو ليس ملفًا: {path}</translation>
    </message>
    <message>
        <source>Audio file is truncated ({present} of {size} data bytes): {path}</source>
        <translation>الملف الصوتي مقطوع ({present} من {size} بايت من البيانات): {path}</translation>
    </message>
    <message>
        <source>No audio stream in {path}</source>
        <translation>لا يوجد مسار صوتي في {path}</translation>
    </message>
    <message>
        <source>Not an audio file FFmpeg can decode: {path}</source>
        <translation>ليس ملفًا صوتيًا يستطيع FFmpeg فك ترميزه: {path}</translation>
    </message>
    <message>
        <source>play the demo recording instead</source>
        <translation>شغّل التسجيل التجريبي بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Cannot open the microphone ({error})</source>
        <translation>تعذّر فتح الميكروفون ({error})</translation>
    </message>
    <message>
        <source>it may be in use by another app; try the demo recording</source>
        <translation>ربما يستخدمه تطبيق آخر؛ جرّب التسجيل التجريبي</translation>
    </message>
    <message>
        <source>The microphone &apos;{name}&apos; stopped delivering audio (unplugged?)</source>
        <translation>توقف الميكروفون &apos;{name}&apos; عن إرسال الصوت (فُصل؟)</translation>
    </message>
    <message>
        <source>the words so far are kept; try the demo recording</source>
        <translation>تبقى الكلمات المكتوبة حتى الآن؛ جرّب التسجيل التجريبي</translation>
    </message>
    <message>
        <source>no microphone found</source>
        <translation>لم يُعثر على ميكروفون</translation>
    </message>
    <message>
        <source>MLC LLM is not installed ({error})</source>
        <translation>MLC LLM غير مثبت ({error})</translation>
    </message>
    <message>
        <source>MLC LLM needs a compiled model folder</source>
        <translation>يحتاج MLC LLM إلى مجلد نموذج مُجمَّع</translation>
    </message>
    <message>
        <source>open one with Open model folder... (--model DIR)</source>
        <translation>افتح واحدًا عبر فتح مجلد نموذج... (--model DIR)</translation>
    </message>
    <message>
        <source>the engine this model file is made for</source>
        <translation>المحرك الذي صُنع له ملف النموذج هذا</translation>
    </message>
    <message>
        <source>{folder} is not a chat model folder</source>
        <translation>{folder} ليس مجلد نموذج محادثة</translation>
    </message>
    <message>
        <source>pick a GGUF file for llama.cpp, an onnxruntime-genai folder with genai_config.json or a compiled MLC LLM folder with mlc-chat-config.json</source>
        <translation>اختر ملف GGUF لـ llama.cpp، أو مجلد onnxruntime-genai يحتوي على genai_config.json، أو مجلد MLC LLM مُصرَّفًا يحتوي على mlc-chat-config.json</translation>
    </message>
    <message>
        <source>onnxruntime-genai runs it on the {accelerator}</source>
        <translation>يشغّله onnxruntime-genai على {accelerator}</translation>
    </message>
    <message>
        <source>the only engine installed for it</source>
        <translation>المحرك الوحيد المثبّت له</translation>
    </message>
    <message>
        <source>the other engine cannot run it here ({failures})</source>
        <translation>لا يستطيع المحرك الآخر تشغيله هنا ({failures})</translation>
    </message>
    <message>
        <source>the faster here on the CPU (measured once: {figures})</source>
        <translation>الأسرع هنا على المعالج (قيس مرة واحدة: {figures})</translation>
    </message>
    <message>
        <source>{ran}/{total} nodes</source>
        <translation>{ran}/{total} عقدة</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>صارم</translation>
    </message>
    <message>
        <source>mostly on CPU: the {device} ({provider}) took {ran} of {total} nodes, {share} of the time</source>
        <translation>معظمه على المعالج: تولّى {device} ({provider}) {ran} من {total} عقدة، {share} من الوقت</translation>
    </message>
    <message>
        <source>fell back from {fallbacks}</source>
        <translation>تراجع عن {fallbacks}</translation>
    </message>
    <message>
        <source>true streaming with the English vosk model</source>
        <translation>بث حقيقي مع نموذج vosk الإنجليزي</translation>
    </message>
    <message>
        <source>No English vosk model is installed</source>
        <translation>لا يوجد نموذج vosk إنجليزي مثبّت</translation>
    </message>
    <message>
        <source>open a vosk model folder (--model DIR) or use Whisper (--engine whisper)</source>
        <translation>افتح مجلد نموذج vosk (--model DIR) أو استخدم Whisper (--engine whisper)</translation>
    </message>
    <message>
        <source>{folder} is not a speech model folder</source>
        <translation>{folder} ليس مجلد نموذج كلام</translation>
    </message>
    <message>
        <source>pick a vosk model folder (with am/ and conf/), a faster-whisper one (model.bin, config.json) or an onnxruntime-genai Whisper (genai_config.json)</source>
        <translation>اختر مجلد نموذج vosk (يحتوي am/ وconf/) أو مجلد faster-whisper (model.bin وconfig.json) أو Whisper من onnxruntime-genai (genai_config.json)</translation>
    </message>
    <message>
        <source>{count} oldest message(s) left out to fit the context</source>
        <translation>حُذفت أقدم {count} رسالة لتتسع في السياق</translation>
    </message>
    <message>
        <source>your message was truncated to fit the context</source>
        <translation>اقتُطعت رسالتك لتتسع في السياق</translation>
    </message>
    <message>
        <source>thinking...</source>
        <translation>يفكّر...</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>interrupted: the answer was cut off</source>
        <translation>انقطع: قُطعت الإجابة</translation>
    </message>
    <message>
        <source>stopped: the model began repeating itself</source>
        <translation>توقف: بدأ النموذج يكرر نفسه</translation>
    </message>
    <message>
        <source>first token {ms} ms · {rate} tokens/s · {tokens} tokens · {engine} on {device}</source>
        <translation>أول رمز {ms} ms · {rate} رمز/ث · {tokens} رمزًا · {engine} على {device}</translation>
    </message>
    <message>
        <source>stopped at the {tokens}-token limit</source>
        <translation>توقف عند حد {tokens} رمزًا</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>No NPU or GPU this app can use on this machine: the CPU is the only device here</source>
        <translation>لا توجد وحدة NPU أو GPU يمكن لهذا التطبيق استخدامها على هذا الجهاز: المعالج هو الجهاز الوحيد هنا</translation>
    </message>
    <message>
        <source>The {pipeline} pipeline produced nothing for {seconds} s</source>
        <translation>لم ينتج مسار «{pipeline}» شيئًا لمدة {seconds} ث</translation>
    </message>
    <message>
        <source>chat engine</source>
        <translation>محرك الدردشة</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>الكلام</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>الدردشة</translation>
    </message>
    <message>
        <source>The {name} was closed</source>
        <translation>أُغلق {name}</translation>
    </message>
    <message>
        <source>The {name}&apos;s work was stopped</source>
        <translation>أُوقف عمل {name}</translation>
    </message>
    <message>
        <source>The {name} stopped responding for {seconds} s and was stopped</source>
        <translation>توقف {name} عن الاستجابة لمدة {seconds} ث فأُوقف</translation>
    </message>
    <message>
        <source>The {name} stopped unexpectedly ({exit})</source>
        <translation>توقف {name} بشكل غير متوقع ({exit})</translation>
    </message>
    <message>
        <source>speech engine</source>
        <translation>محرك الكلام</translation>
    </message>
    <message>
        <source>{text} ({detail})</source>
        <translation>{text} ({detail})</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} رمز/ثانية</translation>
    </message>
    <message>
        <source>expected a GGUF file</source>
        <translation>المتوقع ملف GGUF</translation>
    </message>
    <message>
        <source>Not a GGUF model: {path}</source>
        <translation>ليس نموذج GGUF: {path}</translation>
    </message>
    <message>
        <source>llama.cpp needs a .gguf file</source>
        <translation>يحتاج llama.cpp إلى ملف ‎.gguf</translation>
    </message>
    <message>
        <source>{name} needs about {needed} GiB but only {free} GiB of memory is free</source>
        <translation>يحتاج {name} إلى نحو {needed} غيغابايت، لكن الذاكرة الحرة {free} غيغابايت فقط</translation>
    </message>
    <message>
        <source>close other apps or pick a smaller model</source>
        <translation>أغلق التطبيقات الأخرى أو اختر نموذجًا أصغر</translation>
    </message>
    <message>
        <source>llama.cpp could not load {path}</source>
        <translation>تعذّر على llama.cpp تحميل {path}</translation>
    </message>
    <message>
        <source>{path} is not a detector this app can decode (architecture &apos;{architecture}&apos;)</source>
        <translation>{path} ليس كاشفًا يستطيع هذا التطبيق فك ترميزه (البنية &apos;{architecture}&apos;)</translation>
    </message>
    <message>
        <source>expected an ONNX model built by &apos;edge-showcase models build&apos; ({known})</source>
        <translation>المتوقع نموذج ONNX بناه &apos;edge-showcase models build&apos; ‏({known})</translation>
    </message>
    <message>
        <source>expected an onnxruntime-genai model folder</source>
        <translation>المتوقع مجلد نموذج onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} has no {file}</source>
        <translation>لا يحتوي {folder} على {file}</translation>
    </message>
    <message>
        <source>not an onnxruntime-genai model folder</source>
        <translation>ليس مجلد نموذج onnxruntime-genai</translation>
    </message>
    <message>
        <source>{folder} is missing its {part} ({file})</source>
        <translation>ينقص {folder} الجزء {part} ‏({file})</translation>
    </message>
    <message>
        <source>rebuild or re-download it</source>
        <translation>أعد بناءه أو نزّله من جديد</translation>
    </message>
    <message>
        <source>{path} is not a valid ONNX model (corrupt or truncated)</source>
        <translation>{path} ليس نموذج ONNX صالحًا (تالف أو مقطوع)</translation>
    </message>
    <message>
        <source>Model file not found: {path}</source>
        <translation>لم يتم العثور على ملف النموذج: {path}</translation>
    </message>
    <message>
        <source>Model folder not found: {path}</source>
        <translation>لم يتم العثور على مجلد النموذج: {path}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick another</source>
        <translation>شغّل &apos;edge-showcase models build&apos; أو اختر غيره</translation>
    </message>
    <message>
        <source>Model path is not a folder: {path}</source>
        <translation>مسار النموذج ليس مجلدًا: {path}</translation>
    </message>
    <message>
        <source>Model path is not a file: {path}</source>
        <translation>مسار النموذج ليس ملفًا: {path}</translation>
    </message>
    <message>
        <source>Model file is empty: {path}</source>
        <translation>ملف النموذج فارغ: {path}</translation>
    </message>
    <message>
        <source>expected an ONNX model</source>
        <translation>المتوقع نموذج ONNX</translation>
    </message>
    <message>
        <source>{title} is not built yet ({path})</source>
        <translation>لم يُبنَ {title} بعد ({path})</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; once</source>
        <translation>شغّل &apos;edge-showcase models build&apos; مرة واحدة</translation>
    </message>
    <message>
        <source>{path} does not match the checksum recorded when it was built (damaged?)</source>
        <translation>لا يطابق {path} المجموع الاختباري المسجَّل عند بنائه (تالف؟)</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build --force&apos;</source>
        <translation>شغّل &apos;edge-showcase models build --force&apos;</translation>
    </message>
    <message>
        <source>Vosk model folder not found: {folder}</source>
        <translation>لم يتم العثور على مجلد نموذج vosk: {folder}</translation>
    </message>
    <message>
        <source>expected a folder with am/, conf/, graph/</source>
        <translation>المتوقع مجلد يحتوي am/ وconf/ وgraph/</translation>
    </message>
    <message>
        <source>{folder} is not a vosk model folder (missing {missing})</source>
        <translation>{folder} ليس مجلد نموذج vosk (ينقصه {missing})</translation>
    </message>
    <message>
        <source>download a model from the vosk models page</source>
        <translation>نزّل نموذجًا من صفحة نماذج vosk</translation>
    </message>
    <message>
        <source>vosk could not load the model in {folder} (a file missing or damaged?)</source>
        <translation>تعذّر على vosk تحميل النموذج في {folder} (ملف مفقود أو تالف؟)</translation>
    </message>
    <message>
        <source>vosk cannot translate</source>
        <translation>لا يستطيع vosk الترجمة</translation>
    </message>
    <message>
        <source>use a Whisper engine to translate into English</source>
        <translation>استخدم محرك Whisper للترجمة إلى الإنجليزية</translation>
    </message>
    <message>
        <source>This vosk model hears {language} only, not {asked}</source>
        <translation>نموذج vosk هذا يفهم {language} فقط، لا {asked}</translation>
    </message>
    <message>
        <source>use a Whisper engine, or a vosk model of that language</source>
        <translation>استخدم محرك Whisper، أو نموذج vosk لتلك اللغة</translation>
    </message>
    <message>
        <source>Whisper model folder not found: {folder}</source>
        <translation>لم يتم العثور على مجلد نموذج Whisper: {folder}</translation>
    </message>
    <message>
        <source>run &apos;edge-showcase models build&apos; or pick a faster-whisper folder</source>
        <translation>شغّل &apos;edge-showcase models build&apos; أو اختر مجلد faster-whisper</translation>
    </message>
    <message>
        <source>{folder} is not a faster-whisper model folder (missing {missing})</source>
        <translation>{folder} ليس مجلد نموذج faster-whisper (ينقصه {missing})</translation>
    </message>
    <message>
        <source>faster-whisper could not load {folder} (damaged?)</source>
        <translation>تعذّر على faster-whisper تحميل {folder} (تالف؟)</translation>
    </message>
    <message>
        <source>Cannot read {path} ({reason})</source>
        <translation>تعذّرت قراءة {path} ({reason})</translation>
    </message>
    <message>
        <source>Cannot save {path} ({reason})</source>
        <translation>تعذّر حفظ {path} ({reason})</translation>
    </message>
    <message>
        <source>pick another folder, or free some space</source>
        <translation>اختر مجلدًا آخر، أو حرّر بعض المساحة</translation>
    </message>
    <message>
        <source>This Whisper model is English only</source>
        <translation>نموذج Whisper هذا للإنجليزية فقط</translation>
    </message>
    <message>
        <source>pick a multilingual Whisper model</source>
        <translation>اختر نموذج Whisper متعدد اللغات</translation>
    </message>
    <message>
        <source>{engine} cannot choose the language</source>
        <translation>لا يستطيع {engine} اختيار اللغة</translation>
    </message>
    <message>
        <source>use a Whisper engine</source>
        <translation>استخدم محرك Whisper</translation>
    </message>
    <message>
        <source>{engine} places the model itself: it cannot run on a chosen device</source>
        <translation>يحدّد {engine} بنفسه مكان تشغيل النموذج: لا يمكن تشغيله على جهاز مختار</translation>
    </message>
    <message>
        <source>let the engine choose the device (Auto: no --provider or --device), or use an onnxruntime-genai model</source>
        <translation>دع المحرك يختار الجهاز («تلقائي»: دون ‎--provider أو ‎--device)، أو استخدم نموذج onnxruntime-genai</translation>
    </message>
    <message>
        <source>{provider} is not available on this machine</source>
        <translation>{provider} غير متاح على هذا الحاسوب</translation>
    </message>
    <message>
        <source>No {device} this app can use on this machine</source>
        <translation>لا توجد وحدة {device} يمكن لهذا التطبيق استخدامها على هذا الحاسوب</translation>
    </message>
    <message>
        <source>pick Auto or one that is here: {choices}</source>
        <translation>اختر «تلقائي» أو واحدًا موجودًا هنا: {choices}</translation>
    </message>
    <message>
        <source>the only chat model here</source>
        <translation>نموذج الدردشة الوحيد المتوفر هنا</translation>
    </message>
    <message>
        <source>the best model this machine streams fluently: {rate} (fluent from {fluent})</source>
        <translation>أفضل نموذج يولّد هذا الجهاز إجاباته بسلاسة: {rate} (السلاسة تبدأ من {fluent})</translation>
    </message>
    <message>
        <source>no model reaches {fluent} here; the fastest: {rate}</source>
        <translation>لا يبلغ أي نموذج {fluent} هنا؛ الأسرع: {rate}</translation>
    </message>
</context>
<context>
    <name>SpeechChoices</name>
    <message>
        <source>Microphone, demo recording or an audio file</source>
        <translation>الميكروفون أو التسجيل التجريبي أو ملف صوتي</translation>
    </message>
    <message>
        <source>Auto: vosk with an English model, else the Whisper engine that reaches the NPU / GPU, else the faster one here; Whisper in onnxruntime-genai (NPU / GPU / CPU) or faster-whisper; vosk; or a model folder</source>
        <translation>تلقائي: vosk مع نموذج إنجليزي، وإلا فمحرك Whisper الذي يصل إلى NPU / GPU، وإلا فالأسرع هنا؛ Whisper في onnxruntime-genai (NPU / GPU / CPU) أو faster-whisper؛ أو vosk؛ أو مجلد نموذج</translation>
    </message>
    <message>
        <source>No English vosk model is installed (the installers bundle one)</source>
        <translation>لا يوجد نموذج vosk إنجليزي مثبّت (تتضمن برامج التثبيت واحدًا)</translation>
    </message>
    <message>
        <source>Open model folder...</source>
        <translation>فتح مجلد نموذج...</translation>
    </message>
    <message>
        <source>The language spoken: Auto detects it in each sentence; a fixed one skips detection (Whisper; vosk hears its model&apos;s own language)</source>
        <translation>اللغة المنطوقة: يكتشفها الخيار «تلقائي» في كل جملة؛ واختيار لغة ثابتة يتخطى الاكتشاف (Whisper؛ أما vosk فيسمع لغة نموذجه)</translation>
    </message>
    <message>
        <source>Auto (detect)</source>
        <translation>تلقائي (اكتشاف)</translation>
    </message>
    <message>
        <source>Translate to English</source>
        <translation>الترجمة إلى الإنجليزية</translation>
    </message>
    <message>
        <source>Whisper&apos;s translation: the captions in English whatever the language spoken</source>
        <translation>ترجمة Whisper: التسميات التوضيحية بالإنجليزية أيًّا كانت اللغة المنطوقة</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>المحرك</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Demo recording (LibriVox)</source>
        <translation>تسجيل تجريبي (LibriVox)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Microphone: the system&apos;s default</source>
        <translation>الميكروفون: الافتراضي في النظام</translation>
    </message>
    <message>
        <source>Microphone: {name}</source>
        <translation>الميكروفون: {name}</translation>
    </message>
    <message>
        <source>Open audio file...</source>
        <translation>فتح ملف صوتي...</translation>
    </message>
    <message>
        <source>Speech: the microphone picked last time is not connected; the demo recording is picked</source>
        <translation>الكلام: الميكروفون المختار آخر مرة غير موصول؛ اختير التسجيل التوضيحي</translation>
    </message>
    <message>
        <source>Speech: {reason}; the demo recording works without one</source>
        <translation>الكلام: {reason}؛ يعمل التسجيل التجريبي من دون ميكروفون</translation>
    </message>
    <message>
        <source>Open an audio file</source>
        <translation>فتح ملف صوتي</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;All files (*)</source>
        <translation>ملفات صوتية (*.wav *.flac *.mp3 *.ogg *.m4a *.opus);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a vosk, faster-whisper or onnxruntime-genai Whisper model folder</source>
        <translation>فتح مجلد نموذج vosk أو faster-whisper أو Whisper لـ onnxruntime-genai</translation>
    </message>
</context>
<context>
    <name>SpeechComparisonWindow</name>
    <message>
        <source>faster-whisper vs onnxruntime-genai</source>
        <translation>faster-whisper مقابل onnxruntime-genai</translation>
    </message>
    <message>
        <source>Compare transcripts: {what}</source>
        <translation>مقارنة النصوص المفرغة: {what}</translation>
    </message>
    <message>
        <source>Hear again</source>
        <translation>استمع مرة أخرى</translation>
    </message>
    <message>
        <source>Both sides hear the demo recording again</source>
        <translation>يستمع الجانبان إلى التسجيل التجريبي مرة أخرى</translation>
    </message>
    <message>
        <source>RTF {rtf} · word error rate {wer}</source>
        <translation>RTF {rtf} · معدل خطأ الكلمات {wer}</translation>
    </message>
    <message>
        <source>RTF {rtf}</source>
        <translation>RTF {rtf}</translation>
    </message>
    <message>
        <source>{fast} heard it {ratio}x as fast as {slow} (RTF {fast_rtf} vs {slow_rtf})</source>
        <translation>سمعه {fast} أسرع من {slow} بمقدار {ratio} مرة (RTF {fast_rtf} مقابل {slow_rtf})</translation>
    </message>
    <message>
        <source>Hearing the demo recording, one side after the other...</source>
        <translation>جارٍ الاستماع إلى التسجيل التجريبي، جانب تلو الآخر...</translation>
    </message>
</context>
<context>
    <name>SpeechPanel</name>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>{p50}/{p95} ms (p50/p95)</source>
        <translation>{p50}/{p95} ms (p50/p95)</translation>
    </message>
    <message>
        <source>partial {latency}</source>
        <translation>النص الجزئي: {latency}</translation>
    </message>
    <message>
        <source>final {latency} after speech</source>
        <translation>النص النهائي بعد الكلام: {latency}</translation>
    </message>
    <message>
        <source>{seconds} s heard</source>
        <translation>المسموع: {seconds} s</translation>
    </message>
    <message>
        <source>slower than real time</source>
        <translation>أبطأ من الزمن الحقيقي</translation>
    </message>
    <message>
        <source>{language} → English</source>
        <translation>{language} ← الإنجليزية</translation>
    </message>
    <message>
        <source>language chosen</source>
        <translation>لغة مختارة</translation>
    </message>
    <message>
        <source>detected {probability}</source>
        <translation>مُكتشَفة {probability}</translation>
    </message>
    <message>
        <source>to final text</source>
        <translation>حتى النص النهائي</translation>
    </message>
    <message>
        <source>faster than real time</source>
        <translation>أسرع من الزمن الحقيقي</translation>
    </message>
    <message>
        <source>Hears</source>
        <translation>يسمع</translation>
    </message>
    <message>
        <source>speech to text, as it is said</source>
        <translation>تحويل الكلام إلى نص لحظة نطقه</translation>
    </message>
    <message>
        <source>The transcript is being saved again</source>
        <translation>استُؤنف حفظ النص المُفرَّغ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Start or stop listening (Space)</source>
        <translation>بدء الاستماع أو إيقافه (Space)</translation>
    </message>
    <message>
        <source>Push to talk: off</source>
        <translation>اضغط للتحدث: معطّل</translation>
    </message>
    <message>
        <source>When on, the microphone is heard only while F8 is held (files and the demo play whole)</source>
        <translation>عند التشغيل، يُسمع الميكروفون فقط أثناء الضغط على F8 (تُشغَّل الملفات والعرض التوضيحي كاملة)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the transcript</source>
        <translation>نسخ النص المُفرَّغ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the transcript</source>
        <translation>مسح النص المُفرَّغ</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>حفظ...</translation>
    </message>
    <message>
        <source>Save as .txt or .srt subtitles (Ctrl+Shift+S)</source>
        <translation>الحفظ كملف .txt أو كترجمة مصاحبة .srt (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التسميات التوضيحية</translation>
    </message>
    <message>
        <source>Large live captions in their own window (F9)</source>
        <translation>تسميات توضيحية مباشرة كبيرة في نافذة مستقلة (F9)</translation>
    </message>
    <message>
        <source>Play demo recording</source>
        <translation>تشغيل التسجيل التجريبي</translation>
    </message>
    <message>
        <source>Transcribe the bundled recording through the same pipeline</source>
        <translation>تفريغ التسجيل المضمّن نصيًا عبر خط المعالجة نفسه</translation>
    </message>
    <message>
        <source>not listening</source>
        <translation>لا يستمع</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source> (Auto measures the engines once on a new machine)</source>
        <translation> (يقيس الخيار «تلقائي» المحركات مرة واحدة على أي جهاز جديد)</translation>
    </message>
    <message>
        <source>loading the speech model...</source>
        <translation>جارٍ تحميل نموذج الكلام...</translation>
    </message>
    <message>
        <source>loaded in {ms} ms</source>
        <translation>حُمِّل في {ms} ms</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>{engine} {loaded}, listening...</source>
        <translation>{engine} {loaded}، جارٍ الاستماع...</translation>
    </message>
    <message>
        <source>Speech: {engine}, {why}</source>
        <translation>الكلام: {engine}، {why}</translation>
    </message>
    <message>
        <source>Push to talk: on (hold F8)</source>
        <translation>اضغط للتحدث: مفعّل (اضغط مطولًا على F8)</translation>
    </message>
    <message>
        <source>Transcript copied</source>
        <translation>تم نسخ النص المُفرَّغ</translation>
    </message>
    <message>
        <source>Delete all {count} sentences from this computer?</source>
        <translation>حذف كل الجمل ({count}) من هذا الحاسوب؟</translation>
    </message>
    <message>
        <source>Save the transcript</source>
        <translation>حفظ النص المُفرَّغ</translation>
    </message>
    <message>
        <source>Text (*.txt);;Subtitles (*.srt)</source>
        <translation>نص (*.txt);;ترجمة مصاحبة (*.srt)</translation>
    </message>
    <message>
        <source>Transcript saved to {path}</source>
        <translation>حُفظ النص المفرَّغ في {path}</translation>
    </message>
    <message>
        <source>Saving the transcript to {path}</source>
        <translation>جارٍ حفظ النص المُفرَّغ في {path}</translation>
    </message>
    <message>
        <source>{message} — the words so far are kept.</source>
        <translation>{message} — احتُفظ بالكلمات المُفرَّغة حتى الآن.</translation>
    </message>
</context>
<context>
    <name>TextComparisonWindow</name>
    <message>
        <source>CPU vs accelerator</source>
        <translation>المعالج مقابل المسرّع</translation>
    </message>
    <message>
        <source>loading...</source>
        <translation>جارٍ التحميل...</translation>
    </message>
    <message>
        <source>Loading both sides...</source>
        <translation>جارٍ تحميل الجانبين...</translation>
    </message>
    <message>
        <source>Only the CPU here: nothing to compare it with on this machine</source>
        <translation>المعالج فقط هنا: لا شيء لمقارنته به على هذا الجهاز</translation>
    </message>
    <message>
        <source>No second device</source>
        <translation>لا يوجد جهاز ثانٍ</translation>
    </message>
</context>
<context>
    <name>UnavailableNotice</name>
    <message>
        <source>&lt;b&gt;{pipeline} is unavailable on this machine&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;The other pipelines run as usual.</source>
        <translation>&lt;b&gt;{pipeline} غير متاح على هذا الجهاز&lt;/b&gt;&lt;br&gt;{reason}.&lt;br&gt;تعمل خطوط المعالجة الأخرى كالمعتاد.</translation>
    </message>
</context>
<context>
    <name>VisionControls</name>
    <message>
        <source>Where frames come from (Ctrl+O opens a file)</source>
        <translation>مصدر الإطارات (Ctrl+O يفتح ملفًا)</translation>
    </message>
    <message>
        <source>Strict</source>
        <translation>صارم</translation>
    </message>
    <message>
        <source>Accelerator only: a provider that cannot run every node itself is skipped instead of handing nodes to the CPU (for demos that must not fall back silently)</source>
        <translation>المسرّع فقط: يُتخطّى الموفّر الذي لا يستطيع تشغيل كل العُقد بنفسه بدلًا من إحالة بعضها إلى CPU (للعروض التي يجب ألا تتراجع بصمت)</translation>
    </message>
    <message>
        <source>The built-in detector&apos;s precision: Auto gives NPUs INT8, GPUs FP32, the CPU INT8 where it measured faster and in agreement with FP32</source>
        <translation>دقة الكاشف المدمج: يمنح «تلقائي» وحدات NPU الدقة INT8، ووحدات GPU الدقة FP32، ووحدة CPU الدقة INT8 حيث ثبت بالقياس أنها أسرع ومتوافقة مع FP32</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>Score threshold ([ and ] adjust)</source>
        <translation>عتبة الدرجة ([ و ] لضبطها)</translation>
    </message>
    <message>
        <source>NMS IoU: boxes of one class overlapping more than this are merged</source>
        <translation>NMS IoU: تُدمج مربعات الفئة الواحدة التي يتجاوز تداخلها هذه القيمة</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <source>NMS IoU</source>
        <translation>NMS IoU</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Demo video (people walking)</source>
        <translation>فيديو تجريبي (مارّة)</translation>
    </message>
    <message>
        <source>Camera {index}</source>
        <translation>الكاميرا {index}</translation>
    </message>
    <message>
        <source>Open file...</source>
        <translation>فتح ملف...</translation>
    </message>
    <message>
        <source>Cameras found: {cameras}</source>
        <translation>الكاميرات التي عُثر عليها: {cameras}</translation>
    </message>
    <message>
        <source>Open a video or image</source>
        <translation>فتح فيديو أو صورة</translation>
    </message>
    <message>
        <source>Videos and images (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>مقاطع الفيديو والصور (*.mp4 *.avi *.mkv *.mov *.webm *.png *.jpg *.jpeg *.bmp);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Threshold {value}</source>
        <translation>العتبة {value}</translation>
    </message>
</context>
<context>
    <name>VisionHud</name>
    <message>
        <source>capture wait</source>
        <translation>انتظار الالتقاط</translation>
    </message>
    <message>
        <source>preprocess</source>
        <translation>معالجة مسبقة</translation>
    </message>
    <message>
        <source>inference</source>
        <translation>استدلال</translation>
    </message>
    <message>
        <source>decode+NMS</source>
        <translation>فك الترميز+NMS</translation>
    </message>
    <message>
        <source>paint</source>
        <translation>رسم</translation>
    </message>
    <message>
        <source>capture-&gt;result</source>
        <translation>التقاط-&gt;نتيجة</translation>
    </message>
    <message>
        <source>processing {last} ms (p50 {p50}, p95 {p95}) · {possible} FPS possible · {shown} FPS shown</source>
        <translation>المعالجة {last} ms (p50 {p50}، p95 {p95}) · الممكن {possible} FPS · المعروض {shown} FPS</translation>
    </message>
    <message>
        <source> (the source’s pace)</source>
        <translation> (وتيرة المصدر)</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>dropped frames {count} (latest frame wins)</source>
        <translation>الإطارات المُسقَطة {count} (الأولوية لأحدث إطار)</translation>
    </message>
    <message>
        <source>{device} · warm-up {ms} ms</source>
        <translation>{device} · التهيئة {ms} ms</translation>
    </message>
    <message>
        <source>loading model...</source>
        <translation>جارٍ تحميل النموذج...</translation>
    </message>
    <message>
        <source>per frame</source>
        <translation>لكل إطار</translation>
    </message>
    <message>
        <source>frames/s possible</source>
        <translation>إطار/ثانية ممكن</translation>
    </message>
</context>
<context>
    <name>VisionPanel</name>
    <message>
        <source>Sees</source>
        <translation>يرى</translation>
    </message>
    <message>
        <source>objects in live video</source>
        <translation>الأجسام في الفيديو المباشر</translation>
    </message>
    <message>
        <source>Snapshots are being saved again</source>
        <translation>استُؤنف حفظ اللقطات</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <source>Start or stop detection (Space)</source>
        <translation>بدء الكشف أو إيقافه (Space)</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>لقطة</translation>
    </message>
    <message>
        <source>Save the annotated frame as PNG (Ctrl+S)</source>
        <translation>حفظ الإطار المُعلَّم بصيغة PNG (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open an ONNX detector</source>
        <translation>فتح كاشف ONNX</translation>
    </message>
    <message>
        <source>ONNX detectors (*.onnx);;All files (*)</source>
        <translation>كواشف ONNX (*.onnx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Loading the model and warming up the provider...</source>
        <translation>جارٍ تحميل النموذج وتهيئة الموفّر...</translation>
    </message>
    <message>
        <source>{model} on {device}</source>
        <translation>{model} على {device}</translation>
    </message>
    <message>
        <source>Waiting for the first frame...</source>
        <translation>في انتظار الإطار الأول...</translation>
    </message>
    <message>
        <source> (the previous model is kept)</source>
        <translation> (مع الإبقاء على النموذج السابق)</translation>
    </message>
    <message>
        <source>No frame to save yet</source>
        <translation>لا يوجد إطار للحفظ بعد</translation>
    </message>
    <message>
        <source>Snapshot saved: {path}</source>
        <translation>تم حفظ اللقطة: {path}</translation>
    </message>
</context>
<context>
    <name>Watchdog</name>
    <message>
        <source>Switched to the CPU provider and the demo video.</source>
        <translation>تم التبديل إلى موفّر CPU والفيديو التجريبي.</translation>
    </message>
    <message>
        <source>{fault}. It keeps failing, so it is not restarted again. {done}</source>
        <translation>{fault}. يتكرر الفشل، لذا لن تُعاد محاولة التشغيل. {done}</translation>
    </message>
    <message>
        <source>{fault}; restarting in {seconds} s</source>
        <translation>{fault}؛ إعادة التشغيل خلال {seconds} s</translation>
    </message>
    <message>
        <source>Pick a smaller model, another engine, or Auto in the Device list to try again.</source>
        <translation>اختر نموذجًا أصغر أو محركًا آخر أو «تلقائي» في قائمة الأجهزة لتحاول مجددًا.</translation>
    </message>
    <message>
        <source>Switched to the demo recording, on the device Auto picks.</source>
        <translation>جرى التبديل إلى التسجيل التوضيحي، على الجهاز الذي يختاره «تلقائي».</translation>
    </message>
</context>
</TS>
