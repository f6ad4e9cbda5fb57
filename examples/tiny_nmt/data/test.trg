turdollum ta ns honmis kenmispil vormisken dolbarbar sektur
barpil turhonbar lumturpil ta ns dolbar vormisken ta ns lumhonvor
honmis lumbarbar
turvor turmishon ta ns lumturent ta ns vormis vorlumdol mislum
misgalsek ta ns lumvor mislum kenvortur honsek
turmishon kenpil ta ns bargal dolbar misent
kenvortur kenmispil kentur honsek galgal ta ns kenhonmis sekbartur vormisken ta ns
hondol barkenhon kenhonmis dolgal galgalsek honsek misgalsek ta ns turhonbar lumdolgal misent honpilken galhonsek
honpilken ta ns sekbartur sekvorgal misent
vorhonken kenmispil turvor ta ns bardol
barpil bargal dolbar barkenhon hondol barpil
vorhonken kenpil vordol bardol barhonken galhonsek gallum dolgal
barmis kenpil turhonbar misgalsek pilhon mishon dolhonbar
kenvortur ta ns barkenhon vorlumdol ta ns mishon
entsekgal dolhongal vormis ta ns bargal
vorhonken vordol misent enthon lumturent vormis ta ns vormis
lumturgal dolgal sekturbar ta ns lumhondol
kenpil galgalsek turhonbar misgalsek ta ns
barpil sekbartur hondol dolgal lumhondol ta ns lumhondol barmis galhonsek
lumvor ta ns galhonsek lumhonvor honmis ta ns
vordol ta ns hondol ta ns sekbartur dolbar galgal mislum vorhonken ta ns
barpil ta ns kenvortur kenmispil gallum honmis bargal dolbarbar galgalsek ta ns
galgalsek ta ns dolhonbar lumvor ta ns lumturent sekvorgal kenmispil
sektur ta ns vorsek vorhonken dolhonbar lumvor doldol sekturbar honpilken turbar
lumturent misent lumturgal galhonsek lumturpil entsekgal vormisken barkenhon
lumhonvor ta ns turbar galgal misent vormisken vormisken turhonbar
vorlum dolhongal vorlum doldol dolsek honsek turdollum barmis sekbartur galgalsek ta ns
dolsek honmis entsekgal lumturent ta ns
barpil kentur
turmishon barpil ta ns entken doldol
barhonken honsek turlumbar turvor barkenhon kenpil kenmispil lumvor ta ns barkenhon turlumbar dolhonbar
lumhonvor misgalsek ta ns entsekgal doldol vordol kentur doldol
lumbarbar ta ns barpil pilbar honpilken misent vorlumdol
lumvor galgal sekbartur kenent galhonsek turlumbar galhonsek barhonken ta ns
enthon kenent
vordol misent entsekgal turbar
lumvor lumhonvor misent kenpil
entsekgal lumbarbar kenmispil
turdollum sekturbar sektur
sekdol honmis dolbarent dolgal lumbarbar vorhonken
dolbarbar ta ns entken turlumbar
kenvortur ta ns lumbarbar turlumbar misent lumturgal sektur ta ns dolhongal kenhonmis sekbartur
vordol bardol galgalsek vorhon pilbar sekbartur
honpilken ta ns sektur kenent
barpil lumhondol vormis lumvor
dolsek ta ns dolbarent ta ns
sekvorgal ta ns mislum sekturbar ta ns dolbarbar
kenpil misgalsek ta ns
dolsek bardol honpilken ta ns kenpil ta ns turhonbar
sektur turdollum
lumdolgal doldol galgal kenmispil honmis mislum kentur turhonbar lumhondol turhonbar
sektur honsek kenvortur kenpil lumbarbar honpilken ta ns honsek
kenvortur ta ns sektur honsek kenent vorhonken misent lumturent honsek sekdol ta ns
vormis hondol mislum lumdolgal
barpil vorlum
kenent sekdol misent lumbarbar sekbartur lumhonvor turhonbar kenpil vormisken bargal
dolsek kentur ta ns lumbarbar ta ns
kenpil hondol mislum kenent dolgal dolbarbar lumvor dolgal
pilhon ta ns entsekgal dolhongal vorsek barpil misent lumturent ta ns dolgal gallum ta ns bargal
honpilken kenvortur
gallum bardol pilhon turmishon ta ns lumdolgal ta ns
pilbar barpil lumvor bargal dolbar
misgalsek dolhongal kenvortur galgal ta ns galhonsek
turmishon kenhonmis turhonbar lumvor doldol vordol galhonsek vorlumdol
lumturgal sekvorgal ta ns
kenent ta ns turbar dolbarbar misent lumturent turhonbar barmis ta ns lumturgal ta ns sekbartur
lumhonvor kenent ta ns vormis vorlum dolbar
vormis vormis bargal vordol enthon ta ns honpilken ta ns dolhonbar
lumvor ta ns barmis doldol lumhonvor ta ns turmishon pilbar barkenhon kentur
vorsek ta ns dolbarbar kenmispil
vormisken ta ns honsek lumturgal ta ns vorhonken kentur ta ns dolgal gallum ta ns sektur bargal
hondol barhonken lumhondol enthon galgalsek
lumturent bardol sekvorgal entsekgal ta ns
lumbarbar dolhongal vormisken ta ns turhonbar vormisken honsek sekvorgal
barpil pilbar dolhongal vorhonken
lumturent sekvorgal bardol lumturgal
dolbarent barhonken sekdol ta ns dolbarent
vorlumdol dolsek galhonsek
lumturgal ta ns vorlumdol
galgalsek ta ns enthon ta ns dolhongal barhonken lumbarbar
honmis barkenhon vorsek hondol honpilken
misgalsek barkenhon turlumbar vorlumdol ta ns bardol galgalsek ta ns
turmishon mislum lumturgal entken vormisken dolgal vormisken bardol
turmishon kentur dolhongal
dolbarbar lumturgal galgalsek bargal
hondol ta ns vorlumdol lumturgal ta ns honmis
turvor ta ns dolhongal turvor turlumbar turbar lumturent
kentur lumvor entken kenvortur galhonsek sekturbar
vorsek ta ns turvor ta ns barpil mislum entsekgal ta ns barpil ta ns gallum galhonsek
galgalsek bardol pilhon sekbartur entsekgal ta ns misent turlumbar kenhonmis dolhonbar lumdolgal ta ns
gallum ta ns bardol kenhonmis galhonsek kenent bargal
lumhondol kenvortur dolgal entken vorlum kenvortur sekbartur vorsek
lumdolgal lumturpil ta ns kenpil ta ns
kenvortur lumturpil sektur vorhon kenvortur
kenvortur kenmispil lumhondol honsek sekdol ta ns hondol kenhonmis
gallum ta ns kentur kenent vorlumdol ta ns sekbartur dolbarent ta ns pilhon vorhon
lumdolgal vorhon lumdolgal kenhonmis entsekgal sekbartur
barpil honmis barkenhon vordol ta ns mislum
galgalsek kenpil ta ns
lumdolgal turhonbar mishon
lumturent lumdolgal honpilken ta ns barmis sekbartur galgalsek ta ns misent kenpil
lumvor lumhondol dolsek ta ns kentur
dolbarbar hondol dolhongal pilhon dolhongal dolbar dolbarent enthon
misgalsek misgalsek vorhon vordol lumturpil vordol kenvortur
vordol entsekgal sekdol dolsek ta ns turdollum
vorlumdol ta ns lumvor dolhongal vormis dolgal kenhonmis
vordol turbar lumvor vormis dolbarbar ta ns kenmispil lumhondol dolgal
dolbarbar mishon kenhonmis lumhonvor bargal lumhonvor entken doldol
lumhonvor vorlum dolhongal lumturpil ta ns lumvor kenmispil turmishon enthon
mishon pilbar ta ns
vorlumdol ta ns sekvorgal bargal barpil
gallum vorsek turbar barhonken dolhongal lumhonvor galhonsek sekdol ta ns
lumdolgal sekbartur lumbarbar ta ns kenpil
sektur ta ns sekdol sekdol
vormis pilbar barhonken galgalsek sekturbar barhonken ta ns vorhon
entken bardol dolbarbar ta ns turvor sekbartur
lumbarbar turhonbar honpilken dolhongal
lumturpil galgal dolgal lumbarbar misgalsek bargal vormisken honmis
galgal lumhondol
dolbarent dolgal entken ta ns lumturent ta ns honmis
turlumbar enthon vorhonken kentur honsek lumturgal
honpilken sektur dolsek ta ns
dolbarbar kenmispil vorlum turhonbar
lumdolgal vormisken
lumvor bargal lumturgal pilhon ta ns vorhon kenhonmis ta ns vormisken ta ns galgalsek ta ns
kenpil ta ns honsek lumbarbar dolgal honpilken ta ns doldol barmis
lumvor turhonbar barhonken ta ns barmis misgalsek honsek dolsek barkenhon galgal
dolbarent doldol turvor ta ns misent turvor doldol
pilhon sekdol ta ns sektur dolhonbar kenpil sekbartur lumturpil ta ns
lumvor barmis
galgal lumturent vorhon sekturbar ta ns lumdolgal vorhon barhonken bargal sekturbar bargal
galgal dolhonbar sektur vormis dolbarbar doldol
turlumbar barkenhon kenpil ta ns turmishon turlumbar dolhongal galgalsek dolbar ta ns barkenhon
vorhonken ta ns bardol honpilken bardol entsekgal ta ns
turvor ta ns lumvor mislum dolbarbar ta ns
lumturpil kenhonmis ta ns kenhonmis pilbar
vorlum vordol sekbartur gallum lumturpil ta ns dolhonbar sektur ta ns
galgal ta ns bargal turlumbar galgalsek galhonsek sektur hondol
lumbarbar vorsek lumdolgal kentur honmis ta ns
sekdol lumbarbar barkenhon barmis ta ns
vordol ta ns dolbar
entsekgal bardol sekvorgal
turmishon ta ns kenmispil entken
galgalsek ta ns turhonbar lumturgal turbar dolbar honsek
misgalsek misent lumdolgal kenmispil vorsek barhonken galgal
vormisken lumhondol pilhon ta ns honmis ta ns bargal
barhonken enthon galhonsek dolbarent doldol turlumbar misent entken kenhonmis
gallum turhonbar dolsek ta ns kenmispil
pilbar honsek lumvor bardol
kentur kenvortur lumdolgal honsek
vorhonken dolbarbar dolhongal dolbarbar galhonsek misgalsek ta ns bargal sekdol ta ns
sekturbar lumbarbar kenvortur barmis dolbar
lumturgal kenmispil turdollum ta ns bargal vorsek vorsek dolbarbar ta ns
kenent barpil vorhonken ta ns
sekturbar ta ns turhonbar hondol kenpil entsekgal
kenhonmis vorhon sekturbar vorlumdol lumdolgal dolhongal
sekturbar lumhondol bardol
honpilken honsek barmis bardol honmis ta ns
sekvorgal ta ns kenmispil entken ta ns barpil kenmispil turlumbar ta ns
misgalsek barmis dolhongal
galgal ta ns barkenhon sektur ta ns honmis kenent
entsekgal dolbarbar entken turmishon barhonken ta ns dolhongal
turmishon sekvorgal ta ns
barpil turhonbar pilhon galgalsek ta ns bargal vorsek dolhonbar barhonken ta ns honmis
pilbar ta ns vorhonken turdollum honsek vorlum
entken ta ns lumvor ta ns doldol vorlum ta ns dolbarent
hondol bargal misgalsek barmis ta ns dolhongal
galgal bardol entken kenvortur turmishon ta ns turbar turdollum honpilken
entsekgal ta ns galhonsek kenpil misent misgalsek ta ns honmis lumhondol
vorsek dolhonbar lumhondol ta ns
lumturent sekvorgal ta ns vorhonken ta ns dolhonbar vorhonken ta ns galhonsek vormis ta ns doldol
vorhonken dolgal vorlumdol vormisken ta ns bargal entken sekturbar ta ns
vormisken entken ta ns
vorsek entken galgalsek turvor sekbartur
barhonken turbar turlumbar vorlum ta ns galhonsek barhonken kenmispil sekvorgal turhonbar galgal ta ns
lumturpil ta ns lumvor
sekvorgal honpilken vorhon lumvor
hondol ta ns entsekgal ta ns doldol dolsek ta ns kenhonmis dolsek
barhonken ta ns bargal sektur ta ns kenvortur ta ns vorsek turvor ta ns barmis ta ns
sekvorgal galhonsek vorhonken ta ns bardol kenvortur mislum dolbarent
pilbar ta ns lumdolgal honmis ta ns dolbarbar galgalsek honsek
lumturpil honmis
mishon ta ns vorhon sekvorgal galgalsek galhonsek lumturpil
entken ta ns lumvor ta ns hondol dolbarbar honsek kenvortur ta ns
kenvortur ta ns bargal lumturgal lumdolgal mishon
mishon turbar honmis doldol vordol dolgal
turmishon ta ns sekbartur lumbarbar mislum lumturent vorhon barmis barkenhon kentur
sekturbar sekvorgal ta ns vorhon
kenpil galgalsek kentur bargal
kenpil ta ns kenpil ta ns dolgal sekvorgal bargal kenhonmis ta ns bargal lumbarbar
kenhonmis ta ns sekbartur lumturent mishon entken ta ns
vordol sektur sekturbar
vordol bargal lumhonvor ta ns galhonsek pilbar doldol turmishon ta ns dolbar dolhongal turdollum ta ns bargal
lumhondol ta ns vordol turvor dolbar enthon ta ns galhonsek lumdolgal
vormis galgal
misgalsek kenhonmis turbar
sekdol ta ns vorhon kenhonmis pilhon hondol misent
kenpil honsek enthon ta ns honsek lumvor misent vormis
turmishon dolhongal lumturpil
turdollum turbar lumbarbar sekvorgal ta ns misent lumhondol dolbarbar sekbartur gallum ta ns kenmispil
