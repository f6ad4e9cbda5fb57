dolbarbar lumturent kenhonmis dolgal misgalsek pilbar mislum
vorlum sekbartur galgal ta ns kenmispil dolbarbar lumhonvor ta ns turbar lumhonvor ta ns kenvortur
honmis ta ns enthon bardol lumbarbar ta ns bardol lumhonvor
entken ta ns barkenhon pilhon mislum lumturent ta ns
vormis dolhonbar sekturbar turhonbar sekvorgal vordol bargal vorhonken ta ns dolhongal
mishon ta ns honmis ta ns vormis ta ns honsek sekdol ta ns vormisken dolgal
turlumbar ta ns dolhonbar barpil
turmishon ta ns misent hondol turhonbar hondol
vormis turhonbar dolsek lumvor ta ns enthon vorhonken
kenhonmis honsek sekdol hondol ta ns misent
sekturbar ta ns vormis sektur dolhonbar
sektur pilbar entsekgal honsek kenent pilbar galhonsek kenpil bardol
galgalsek kenmispil vordol sekdol ta ns turbar
gallum pilhon vormisken dolgal kenent kenpil ta ns
lumdolgal vorhon barmis galgalsek vorhon kenvortur sekbartur
lumturgal lumbarbar
vorhonken ta ns doldol dolbarent vorhonken
dolbar pilhon ta ns turdollum turhonbar enthon dolhonbar dolbarbar
galgalsek vorlumdol kenmispil
turmishon dolbarent ta ns kenmispil kenpil ta ns lumhondol turlumbar bardol
gallum turdollum lumturent ta ns honsek vormis kenent dolhongal mishon
sekvorgal ta ns kenent doldol enthon vorlum dolhongal
lumturgal barmis vorlum ta ns vorsek ta ns vormisken ta ns turbar lumhonvor galhonsek
dolbarent pilhon ta ns hondol ta ns lumturgal ta ns
vormis ta ns mishon hondol ta ns dolhonbar
lumbarbar kenmispil dolsek sekdol vorlumdol vormisken ta ns vorsek barkenhon
pilbar hondol
honpilken entken
barhonken galgal
lumbarbar sekbartur barmis pilhon dolhongal sekturbar ta ns turmishon ta ns dolhongal dolbarent
kentur ta ns galhonsek kenhonmis turbar turlumbar mishon
galgal kentur dolgal dolbarent ta ns vorsek
vormisken ta ns lumturpil
dolbarent ta ns bargal honmis galhonsek dolbar kentur misent
pilhon honsek galgal
entsekgal lumturent bardol lumhonvor ta ns
entsekgal lumturpil honsek
vormis turhonbar honmis dolhongal kenpil pilbar ta ns lumhonvor ta ns dolgal lumvor ta ns
sekturbar turdollum dolgal lumturpil enthon turmishon dolbarbar ta ns dolhonbar
kentur galhonsek sekvorgal ta ns barkenhon mishon ta ns kenpil
entken turhonbar lumturent sekbartur
vorlum turhonbar lumhonvor galgalsek ta ns
dolbarent dolhonbar dolsek entken mislum kenent ta ns sektur
dolbarent mislum kentur misent lumturpil misent barpil galgal doldol turlumbar ta ns
vormisken lumbarbar entken ta ns honmis galhonsek pilbar mishon
sektur lumvor dolbarent kenhonmis barkenhon lumhonvor ta ns
turdollum turdollum sekvorgal ta ns vormis turhonbar barhonken hondol ta ns
pilbar vormisken
lumdolgal vorlum ta ns vormisken kenmispil lumturent ta ns dolhongal lumvor kenmispil
turlumbar dolhonbar mishon
entsekgal vorhonken bargal dolsek sektur
lumhondol dolgal mishon barkenhon turlumbar
pilhon ta ns dolgal hondol ta ns galhonsek dolbarent
kenhonmis dolhonbar turmishon kenmispil
mishon turbar kenhonmis galhonsek galgalsek vorhon lumturpil mishon
dolsek sekbartur kenhonmis mishon ta ns
sekdol bardol dolsek
mishon dolgal sekdol
kenent gallum ta ns
kenhonmis bargal lumbarbar ta ns sekbartur kentur turhonbar
barhonken ta ns bardol honpilken ta ns sekvorgal ta ns galgalsek
galgal turhonbar sekturbar barkenhon lumvor turbar mishon ta ns dolhonbar
vorsek dolgal turvor ta ns doldol honmis turvor ta ns turhonbar lumturpil dolbarent
pilbar sekdol misent vorhonken dolhonbar lumhonvor ta ns sekdol ta ns
hondol vorlumdol lumturgal lumbarbar
enthon vormis ta ns vorhonken dolhongal kenent doldol sekvorgal ta ns vorhon kenent
entsekgal misent vorhonken barhonken vordol dolbar gallum
enthon bargal dolbar hondol pilhon honsek barmis
honmis honpilken ta ns misent barpil ta ns honpilken ta ns sekbartur sekvorgal
honmis ta ns lumturpil misent kenhonmis pilhon
galgalsek galhonsek kenvortur ta ns lumvor pilhon
kenvortur turdollum honsek galgal turdollum lumturent barkenhon sekturbar
entken ta ns vormis misent galgalsek ta ns honsek dolbarent ta ns kenvortur
lumbarbar kenhonmis mishon mislum
lumhonvor sekbartur lumturpil ta ns dolbarbar dolhongal vordol enthon ta ns mislum
lumturpil ta ns barkenhon lumturgal barhonken turdollum sekbartur lumturgal ta ns
sekturbar ta ns turhonbar lumturpil misent lumhondol ta ns entsekgal dolgal
barmis kenent pilhon bargal lumdolgal
turlumbar entken dolbarent ta ns
barmis ta ns vormis barkenhon dolbar ta ns barpil sekbartur galgal ta ns honsek
lumbarbar dolhongal turvor kenvortur
sekturbar ta ns sekbartur lumbarbar turhonbar honpilken barkenhon honmis sekbartur pilhon ta ns vorlumdol
dolsek kenvortur
gallum ta ns doldol lumturent ta ns vorhon
hondol ta ns bardol dolbar kentur
enthon doldol dolsek ta ns sekbartur lumturent ta ns
lumvor sekvorgal vorsek ta ns vorlum mislum dolbarent turhonbar misgalsek ta ns doldol
lumbarbar turdollum pilhon ta ns galhonsek
lumdolgal vorsek turlumbar ta ns honpilken barhonken bargal misgalsek ta ns bargal
sekturbar ta ns galgal barkenhon
dolbarbar honsek gallum
sekdol ta ns bardol vormisken ta ns turdollum barkenhon gallum galgalsek
lumhondol ta ns kenvortur
sektur ta ns bardol vorlumdol lumbarbar misent
kentur galhonsek misgalsek ta ns misent lumhondol ta ns turmishon dolhonbar barmis
turdollum ta ns pilbar ta ns sekvorgal barkenhon
vormis ta ns lumturgal ta ns galgal enthon honsek turdollum honsek
barpil vormisken turlumbar ta ns misent sekturbar
misgalsek dolgal lumhonvor turmishon kenent
vorlum barpil lumturent honsek
lumturgal sekturbar misgalsek ta ns
enthon turbar barpil galgal bardol mishon misent vorhonken ta ns
barmis ta ns bardol vorlumdol ta ns turhonbar turdollum vordol barkenhon lumturent
lumhonvor barkenhon honpilken entken lumdolgal honpilken
vormisken ta ns turbar kenhonmis ta ns bargal lumhonvor enthon ta ns turbar galgal ta ns gallum ta ns barkenhon
lumbarbar lumturent vorhonken ta ns
vormis ta ns barkenhon sekturbar barhonken misgalsek sekvorgal ta ns vorsek
sektur vorsek dolbarent dolhongal barhonken barmis
kenent hondol dolsek ta ns sekbartur sekdol dolgal
lumturent turdollum honpilken ta ns vorhon kentur bargal kenvortur lumbarbar misent
enthon dolhonbar sekdol ta ns lumhondol turvor
vorlumdol ta ns lumturent entken ta ns kenmispil galgal bardol honpilken turhonbar turdollum ta ns
dolbarent honsek honmis enthon misgalsek ta ns barkenhon
vorsek ta ns dolbarent
dolbarbar kenpil ta ns doldol sekvorgal turvor
vordol sekvorgal
dolbar hondol barkenhon entken ta ns misgalsek ta ns kentur bargal
honmis lumvor
lumvor ta ns honmis vorlumdol barkenhon vormis ta ns misent turvor
galgalsek turvor barmis barkenhon kenpil honsek
turdollum ta ns sekvorgal ta ns galgal bardol vorlum doldol
lumturgal ta ns vordol lumturgal ta ns bargal
galgal bargal vorlum ta ns dolbar lumvor dolgal kenhonmis
kenhonmis ta ns honsek barpil kenent vorhon lumdolgal pilhon ta ns kenmispil
dolbar bardol lumhonvor barmis sekbartur
enthon vorlumdol honmis dolhonbar entsekgal bardol
honmis galgal ta ns entken dolhongal vormisken ta ns doldol honmis barkenhon lumvor
sekdol honsek dolbar ta ns
gallum ta ns lumhondol kenhonmis ta ns kentur honmis ta ns lumbarbar
lumdolgal kenhonmis lumturpil ta ns vorsek ta ns dolgal
lumbarbar ta ns lumhonvor turlumbar ta ns turbar kenhonmis ta ns kenvortur turhonbar
kenhonmis dolhonbar sekdol dolgal vordol ta ns dolbar ta ns turlumbar hondol turhonbar
dolbarbar lumturent mishon sektur ta ns turhonbar vorsek ta ns
misgalsek ta ns doldol lumhonvor kenpil ta ns galhonsek
kenent ta ns kentur pilbar lumturent bardol lumvor mislum vormisken dolhongal
pilhon sekbartur vordol ta ns barpil entsekgal kenmispil
entsekgal ta ns misent pilbar ta ns lumdolgal ta ns
vorlumdol kenmispil lumturgal dolhongal kenpil barhonken
dolbar turhonbar pilhon
sekturbar vorlum ta ns dolhonbar
lumdolgal vormisken lumdolgal vorsek misent dolsek ta ns sekbartur
vorlum ta ns kentur sekbartur kenhonmis ta ns doldol
turdollum dolbarbar vormisken ta ns kenmispil barpil vorhon kenhonmis
kenvortur barpil galhonsek kenent turbar gallum barkenhon
dolbarbar ta ns barpil misgalsek lumhonvor turmishon ta ns
honpilken lumturpil ta ns lumturpil ta ns kenvortur galhonsek dolbarbar ta ns
turmishon misgalsek dolhonbar lumhondol mislum entsekgal dolhongal
turmishon bardol barmis dolgal entsekgal
kenpil dolhonbar dolbar lumbarbar galhonsek
lumturent turhonbar mishon kenpil honpilken
barhonken ta ns vorlumdol vorhonken galhonsek vorsek doldol misgalsek ta ns pilbar honsek
lumhonvor kenvortur ta ns barpil doldol
vorlumdol sekbartur entken ta ns dolhongal dolbarbar ta ns galhonsek turmishon ta ns
lumturgal ta ns lumvor ta ns bardol vormis barkenhon kenhonmis dolbarent ta ns
sekturbar bargal sekvorgal gallum ta ns
kentur lumhonvor ta ns sekdol vorhon pilbar dolhonbar
kenent barkenhon honmis ta ns vorlum pilhon honmis ta ns doldol kenpil ta ns dolhonbar
mishon ta ns bargal dolbarbar ta ns turhonbar dolbarent vorlum turmishon ta ns kenmispil turdollum
lumturgal vorhon lumvor lumbarbar dolhonbar dolbar turlumbar kenmispil honmis kenmispil
mishon vorlumdol doldol sekvorgal entsekgal vorhon
kentur kentur ta ns bardol kenvortur ta ns mislum honmis
gallum dolhonbar vorhonken vorhon turdollum ta ns
lumdolgal turmishon ta ns galhonsek
sekturbar ta ns turbar kenvortur barkenhon dolbarent ta ns turhonbar
dolbarbar ta ns barpil vorsek ta ns
vordol lumbarbar
mishon ta ns barkenhon vorhonken ta ns mishon dolbar ta ns
mishon lumvor ta ns kenpil ta ns
vormis barkenhon mishon honsek lumhonvor ta ns turhonbar lumvor doldol
vorlum vordol ta ns vormisken turhonbar dolbarent honsek galgalsek
barmis lumvor lumbarbar sektur ta ns lumvor misent kenpil
lumdolgal misent galgal ta ns lumturgal ta ns dolbarbar kenmispil
sektur ta ns lumdolgal ta ns galhonsek
dolbar dolbar vorhonken ta ns kenent dolbar dolhonbar
galgal ta ns kenent dolbar ta ns turmishon kenmispil lumturgal kenpil
kenpil ta ns kenvortur sekdol misent pilhon ta ns
kenvortur ta ns barpil hondol ta ns honsek entken lumvor ta ns
lumturpil vorlumdol barkenhon turlumbar vorhon
entsekgal vorhonken bardol sekturbar honmis honsek
barpil ta ns turhonbar vorhonken
vormisken kenvortur sekdol ta ns kenpil galhonsek kenhonmis
lumvor kenvortur turhonbar sekvorgal kenmispil
vorhonken enthon
enthon ta ns vormis pilhon doldol lumvor dolbarent mislum
barpil doldol dolbar ta ns dolhonbar
pilbar dolhonbar galgalsek kenpil barhonken kenvortur ta ns entken
sektur ta ns vorhon vorhonken sekdol lumturent dolhongal vorlumdol sekbartur vorhonken turbar
dolbar enthon ta ns vorlumdol ta ns
dolbarent ta ns enthon ta ns vorhon hondol lumdolgal turbar pilbar doldol barpil
sekvorgal ta ns gallum ta ns turdollum ta ns misent lumturent ta ns sekdol
misgalsek barhonken vorhon vormis turdollum barpil barkenhon turvor ta ns
entsekgal lumturpil galgalsek ta ns bargal lumvor
vormis dolhonbar pilhon dolsek
lumhonvor kenent ta ns dolhonbar
lumhonvor ta ns sekbartur vorlumdol vorlum ta ns galgal
vordol kenhonmis lumbarbar ta ns barkenhon turlumbar vorhon lumvor misent
lumturgal ta ns mishon kentur misent
hondol ta ns dolhonbar lumdolgal dolhonbar
kenent dolhongal sektur vorhon turmishon turdollum mislum honpilken sekbartur lumhonvor galhonsek
sekturbar ta ns bardol turmishon dolbarbar bargal vormisken ta ns misent kenvortur
